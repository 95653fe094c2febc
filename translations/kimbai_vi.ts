<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>the window (Qt)</source>
        <translation>giao diện cửa sổ (Qt)</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>truy cập cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>encrypted database (SQLCipher 4)</source>
        <translation>cơ sở dữ liệu mã hóa (SQLCipher 4)</translation>
    </message>
    <message>
        <source>database upgrades</source>
        <translation>nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>password protection (Argon2id)</source>
        <translation>bảo vệ mật khẩu (Argon2id)</translation>
    </message>
    <message>
        <source>key encryption</source>
        <translation>mã hóa khóa</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>văn bản PDF</translation>
    </message>
    <message>
        <source>PDF preview (PDFium)</source>
        <translation>xem trước PDF (PDFium)</translation>
    </message>
    <message>
        <source>Word documents (.docx)</source>
        <translation>văn bản Word (.docx)</translation>
    </message>
    <message>
        <source>Vietnamese dates and numbers</source>
        <translation>ngày tháng và số kiểu Việt Nam</translation>
    </message>
    <message>
        <source>public holidays of Vietnam</source>
        <translation>ngày nghỉ lễ, Tết của Việt Nam</translation>
    </message>
    <message>
        <source>Excel files</source>
        <translation>tệp Excel</translation>
    </message>
    <message>
        <source>password-protected PDF files (AES-256)</source>
        <translation>tệp PDF có mật khẩu bảo vệ (AES-256)</translation>
    </message>
    <message>
        <source>password-protected Excel and Word files</source>
        <translation>tệp Excel, Word có mật khẩu bảo vệ</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>thư mục dữ liệu</translation>
    </message>
    <message>
        <source>one copy open at a time</source>
        <translation>chỉ mở một cửa sổ chương trình</translation>
    </message>
    <message>
        <source>About KimBai Desktop</source>
        <translation>Giới thiệu KimBai Desktop</translation>
    </message>
    <message>
        <source>KimBai Desktop {version}</source>
        <translation>KimBai Desktop phiên bản {version}</translation>
    </message>
    <message>
        <source>Child protection records for a primary school: case files, the register of children in special circumstances, training and awareness work, official reports. Offline; everything is kept in one encrypted database.</source>
        <translation>Phần mềm quản lý hồ sơ bảo vệ trẻ em của trường tiểu học: hồ sơ vụ việc, sổ theo dõi trẻ em có hoàn cảnh đặc biệt, công tác tập huấn, tuyên truyền và các văn bản báo cáo. Không cần kết nối mạng; toàn bộ dữ liệu được lưu trong một cơ sở dữ liệu đã mã hóa.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Thư mục dữ liệu: {folder}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>The font&apos;s licence is in {file}.</source>
        <translation>Giấy phép của phông chữ nằm trong tệp {file}.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Each member of staff who uses KimBai Desktop signs in with their own account. Give the holder the account name and the first password in person.</source>
        <translation>Mỗi cán bộ, giáo viên dùng KimBai Desktop đăng nhập bằng tài khoản riêng. Hãy trao tận tay người dùng tên tài khoản và mật khẩu đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>Thêm tài &amp;khoản</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>The account name stays the same; the holder signs in as before.</source>
        <translation>Tên tài khoản giữ nguyên; người dùng vẫn đăng nhập như trước.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>Shown in the program and in the activity log.</source>
        <translation>Hiển thị trong phần mềm và trong nhật ký truy cập.</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Tên tài khoản</translation>
    </message>
    <message>
        <source>Used to sign in: lower-case letters without accents, digits, dot, dash or underscore, for example gv.lan.</source>
        <translation>Dùng để đăng nhập: chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới, ví dụ gv.lan.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>&amp;Mật khẩu đầu tiên</translation>
    </message>
    <message>
        <source>Con&amp;firm the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Everything: accounts, settings, the activity log, restore.</source>
        <translation>Toàn quyền: tài khoản, cài đặt, nhật ký truy cập, khôi phục dữ liệu.</translation>
    </message>
    <message>
        <source>Case files, the register, training and reports; may make backups.</source>
        <translation>Hồ sơ vụ việc, sổ theo dõi, tập huấn và báo cáo; được sao lưu dữ liệu.</translation>
    </message>
    <message>
        <source>May record a concern and see only what they recorded.</source>
        <translation>Được ghi nhận thông tin lo ngại và chỉ xem những gì mình đã ghi.</translation>
    </message>
    <message>
        <source>Sees statistics without names; changes nothing.</source>
        <translation>Xem số liệu thống kê không có tên; không sửa được gì.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s full name.</source>
        <translation>Hãy nhập họ và tên người dùng tài khoản.</translation>
    </message>
    <message>
        <source>Enter an account name, for example gv.lan.</source>
        <translation>Hãy nhập tên tài khoản, ví dụ gv.lan.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The principal&apos;s account</source>
        <translation>Tài khoản của hiệu trưởng</translation>
    </message>
    <message>
        <source>The principal signs in with this account and can later add accounts for other staff.</source>
        <translation>Hiệu trưởng đăng nhập bằng tài khoản này và sau đó có thể tạo tài khoản cho các cán bộ, giáo viên khác.</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>H&amp;iện mật khẩu</translation>
    </message>
    <message>
        <source>Shown in the program and in the activity log.</source>
        <translation>Hiển thị trong phần mềm và trong nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Used to sign in: lower-case letters without accents, digits, dot, dash or underscore, for example hieutruong.</source>
        <translation>Dùng để đăng nhập: chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới, ví dụ hieutruong.</translation>
    </message>
    <message>
        <source>At least {min} characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation>Ít nhất {min} ký tự. Một câu ngắn chỉ mình bạn biết vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>Tên tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Con&amp;firm the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của hiệu trưởng.</translation>
    </message>
    <message>
        <source>Creating the encrypted database. This takes a few seconds...</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa. Việc này mất vài giây…</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Every member of staff signs in with their own account; the role decides what they see. A removed account keeps its history in the access log.</source>
        <translation>Mỗi cán bộ, giáo viên đăng nhập bằng tài khoản riêng; vai trò quyết định họ được xem những gì. Tài khoản đã xóa quyền truy cập vẫn giữ lịch sử trong nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Tên tài khoản</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Add an account...</source>
        <translation>&amp;Thêm tài khoản...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Set a new &amp;password...</source>
        <translation>Đặt lại &amp;mật khẩu...</translation>
    </message>
    <message>
        <source>&amp;Remove access...</source>
        <translation>&amp;Xóa quyền truy cập...</translation>
    </message>
    <message>
        <source>The key file holds {count} key slot(s) that belong to no account (added outside KimBai). They cannot be used to sign in. Change the data key (kimbai rotate-key) to remove them.</source>
        <translation>Tệp khóa đang có {count} khe khóa không thuộc tài khoản nào (được thêm từ bên ngoài KimBai). Không thể dùng chúng để đăng nhập. Hãy đổi khóa dữ liệu (lệnh kimbai rotate-key) để xóa chúng.</translation>
    </message>
    <message>
        <source>Access removed</source>
        <translation>Đã xóa quyền truy cập</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Mở &amp;lại</translation>
    </message>
    <message>
        <source>Set a new password first to give this account access again.</source>
        <translation>Hãy đặt lại mật khẩu trước để cấp lại quyền truy cập cho tài khoản này.</translation>
    </message>
    <message>
        <source>The account has been added.</source>
        <translation>Đã thêm tài khoản.</translation>
    </message>
    <message>
        <source>The account has been changed.</source>
        <translation>Đã sửa tài khoản.</translation>
    </message>
    <message>
        <source>The new password is set. Give it to {name} in person.</source>
        <translation>Đã đặt mật khẩu mới. Hãy trao tận tay cho {name}.</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username})? They can no longer sign in until the account is reactivated. Nothing they recorded is lost.</source>
        <translation>Khóa tài khoản của {name} ({username})? Người này sẽ không đăng nhập được cho đến khi tài khoản được mở lại. Những gì họ đã ghi không bị mất.</translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>The account has been deactivated.</source>
        <translation>Đã khóa tài khoản.</translation>
    </message>
    <message>
        <source>The account has been reactivated.</source>
        <translation>Đã mở lại tài khoản.</translation>
    </message>
    <message>
        <source>Remove the access of {name} ({username})? Their password stops working at once. Their history stays: the access log keeps every event of this account, and what they recorded stays in the records.</source>
        <translation>Xóa quyền truy cập của {name} ({username})? Mật khẩu của người này hết hiệu lực ngay. Lịch sử vẫn được giữ: nhật ký truy cập giữ mọi sự kiện của tài khoản này, và những gì họ đã ghi vẫn nằm trong hồ sơ.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Xóa quyền truy cập</translation>
    </message>
    <message>
        <source>The access has been removed.</source>
        <translation>Đã xóa quyền truy cập.</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Vui lòng chờ...</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>what must be done</source>
        <translation>việc cần làm</translation>
    </message>
    <message>
        <source>who does it</source>
        <translation>người phụ trách</translation>
    </message>
    <message>
        <source>A&amp;dd the action</source>
        <translation>&amp;Thêm việc</translation>
    </message>
    <message>
        <source>Re&amp;move the chosen action</source>
        <translation>&amp;Bỏ việc đang chọn</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Việc:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Phụ trách:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Write what must be done and who does it, then add it.</source>
        <translation>Ghi việc cần làm và người phụ trách rồi mới thêm.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <source>{action} — {owner}, by {due}</source>
        <translation>{action} — {owner}, hạn {due}</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>xong ngày {date}</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Search title, place, facilitators</source>
        <translation>Tìm theo tên hoạt động, địa điểm, báo cáo viên</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>No training or awareness activity recorded in this school year yet.</source>
        <translation>Năm học này chưa ghi nhận hoạt động tập huấn, tuyên truyền nào.</translation>
    </message>
    <message>
        <source>&amp;Record an activity...</source>
        <translation>&amp;Ghi nhận hoạt động...</translation>
    </message>
    <message>
        <source>No activity matches the search, the kind or the topic chosen.</source>
        <translation>Không có hoạt động nào khớp với từ tìm kiếm, loại hoặc chủ đề đã chọn.</translation>
    </message>
    <message>
        <source>&amp;New activity...</source>
        <translation>Thêm &amp;hoạt động...</translation>
    </message>
    <message>
        <source>Record an activity (Ctrl+N)</source>
        <translation>Ghi một hoạt động mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Staff &amp;attendance...</source>
        <translation>Cán bộ tham &amp;dự...</translation>
    </message>
    <message>
        <source>&amp;Materials...</source>
        <translation>Tài liệ&amp;u...</translation>
    </message>
    <message>
        <source>{n} activities, {people} participants</source>
        <translation>{n} hoạt động, {people} lượt người tham dự</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <source>Choose an activity in the list to see its details.</source>
        <translation>Chọn một hoạt động trong danh sách để xem chi tiết.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Thời lượng:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Báo cáo viên:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Người tham dự:</translation>
    </message>
    <message>
        <source>Staff who attended:</source>
        <translation>Cán bộ, giáo viên tham dự:</translation>
    </message>
    <message>
        <source>Pupils by name:</source>
        <translation>Học sinh (theo danh sách):</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <source>(invited from outside the school)</source>
        <translation>(mời từ ngoài trường)</translation>
    </message>
    <message>
        <source>In all: {n}</source>
        <translation>Tổng cộng: {n}</translation>
    </message>
    <message>
        <source>{n} people: {names}</source>
        <translation>{n} người: {names}</translation>
    </message>
    <message>
        <source>Not ticked by name</source>
        <translation>Không điểm danh theo tên</translation>
    </message>
    <message>
        <source>{n} pupils ticked</source>
        <translation>{n} học sinh được đánh dấu</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>&amp;Save the activity</source>
        <translation>&amp;Lưu hoạt động</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>for example Hội thi vẽ tranh</source>
        <translation>ví dụ: Hội thi vẽ tranh</translation>
    </message>
    <message>
        <source>Invited from outside the school</source>
        <translation>Mời từ ngoài trường</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Loạ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Name of the kind:</source>
        <translation>Tên loại h&amp;oạt động:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Thời lượn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Báo cáo viên:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>Đá&amp;nh giá:</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
</context>
<context>
    <name>AgenciesSection</name>
    <message>
        <source>Agencies the school reports to</source>
        <translation>Cơ quan nhà trường báo cáo, phối hợp</translation>
    </message>
    <message>
        <source>&amp;Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân &amp;xã</translation>
    </message>
    <message>
        <source>Office for c&amp;ulture and society</source>
        <translation>Phòng &amp;Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>&amp;Police</source>
        <translation>&amp;Công an</translation>
    </message>
    <message>
        <source>Body in c&amp;harge of children</source>
        <translation>Cơ quan &amp;phụ trách trẻ em</translation>
    </message>
    <message>
        <source>E&amp;ducation authority</source>
        <translation>Cơ quan quản lý &amp;giáo dục</translation>
    </message>
    <message>
        <source>&amp;Hotline</source>
        <translation>&amp;Tổng đài</translation>
    </message>
    <message>
        <source>Receives the school&apos;s report and approves the support plan (Nghị định 56/2017/NĐ-CP Điều 25, Luật Trẻ em Điều 52). Since 1/7/2025 there is no district level: the commune, ward or special zone (Luật Tổ chức chính quyền địa phương 2025).</source>
        <translation>Nhận thông báo của nhà trường và phê duyệt kế hoạch hỗ trợ, can thiệp (Nghị định 56/2017/NĐ-CP Điều 25, Luật Trẻ em Điều 52). Từ 01/7/2025 không còn cấp huyện: là xã, phường hoặc đặc khu (Luật Tổ chức chính quyền địa phương năm 2025).</translation>
    </message>
    <message>
        <source>The commune&apos;s office for culture and society (Nghị định 150/2025/NĐ-CP).</source>
        <translation>Phòng Văn hóa - Xã hội thuộc Ủy ban nhân dân cấp xã (Nghị định 150/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>The commune police, who receive reports of abuse.</source>
        <translation>Công an cấp xã, nơi tiếp nhận tin báo về xâm hại trẻ em.</translation>
    </message>
    <message>
        <source>Child protection moved to the health sector (Bộ Y tế) on 1/3/2025; at the commune the office for culture and society is in charge. Change it if your commune names another body.</source>
        <translation>Từ 01/3/2025, quản lý nhà nước về trẻ em chuyển sang ngành y tế (Bộ Y tế); ở cấp xã do Phòng Văn hóa - Xã hội phụ trách. Hãy sửa nếu xã, phường của trường giao cho cơ quan khác.</translation>
    </message>
    <message>
        <source>Since 1/7/2025 primary schools are managed by the commune People&apos;s Committee through its office for culture and society (Thông tư 15/2025/TT-BGDĐT); the Sở Giáo dục và Đào tạo is the province&apos;s.</source>
        <translation>Từ 01/7/2025, trường tiểu học do Ủy ban nhân dân cấp xã quản lý, qua Phòng Văn hóa - Xã hội (Thông tư 15/2025/TT-BGDĐT); Sở Giáo dục và Đào tạo là cơ quan cấp tỉnh.</translation>
    </message>
    <message>
        <source>The national child protection hotline, free, 24 hours.</source>
        <translation>Tổng đài điện thoại quốc gia bảo vệ trẻ em, miễn phí, 24 giờ.</translation>
    </message>
    <message>
        <source>Save the &amp;names</source>
        <translation>&amp;Lưu tên cơ quan</translation>
    </message>
    <message>
        <source>Use the names in &amp;force</source>
        <translation>&amp;Dùng tên theo tổ chức hiện hành</translation>
    </message>
    <message>
        <source>Fill in the names of the organisation in force since 1 July 2025, with the commune of the school&apos;s information.</source>
        <translation>Điền tên cơ quan theo tổ chức bộ máy từ ngày 01/7/2025, với tên xã, phường trong thông tin nhà trường.</translation>
    </message>
    <message>
        <source>The step list, notifications and documents name these bodies. Documents already issued keep their text.</source>
        <translation>Các bước xử lý, phần ghi nhận thông báo và văn bản dùng các tên này. Văn bản đã ban hành giữ nguyên nội dung.</translation>
    </message>
    <message>
        <source>Only the principal can change these names.</source>
        <translation>Chỉ hiệu trưởng được sửa các tên này.</translation>
    </message>
    <message>
        <source>The names have been saved.</source>
        <translation>Đã lưu tên các cơ quan.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Checking the data file...</source>
        <translation>Đang kiểm tra tệp dữ liệu...</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file is damaged. Do not keep working in it: what you enter may be lost. Restore the latest good backup (Data &gt; Restore from a backup).</source>
        <translation>Tệp dữ liệu bị hỏng. Đừng tiếp tục làm việc trên đó: những gì nhập vào có thể bị mất. Hãy khôi phục bản sao lưu tốt gần nhất (Dữ liệu &gt; Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>KimBai Desktop checked the data file when it opened and found that it is damaged (for example after a power cut or a disk fault). Do not keep working in it.</source>
        <translation>Khi mở, KimBai Desktop đã kiểm tra và thấy tệp dữ liệu bị hỏng (ví dụ sau khi mất điện hoặc ổ đĩa bị lỗi). Đừng tiếp tục làm việc trên tệp này.</translation>
    </message>
    <message>
        <source>No good backup was found on this computer. Close KimBai Desktop and call the school&apos;s IT support. If you have a backup on a USB drive, the principal can restore it: Data &gt; Restore from a backup &gt; Choose another file.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trên máy này. Hãy đóng KimBai Desktop và gọi người hỗ trợ tin học của trường. Nếu có bản sao lưu trên USB, hiệu trưởng có thể khôi phục: Dữ liệu &gt; Khôi phục từ bản sao lưu &gt; Chọn tệp khác.</translation>
    </message>
    <message>
        <source>Tell the principal: they can restore the latest good backup, made on {when}.</source>
        <translation>Hãy báo cho hiệu trưởng: hiệu trưởng có thể khôi phục bản sao lưu tốt gần nhất, lập lúc {when}.</translation>
    </message>
    <message>
        <source>Restore the latest good backup, made on {when}, now? The current data is not deleted: it is kept aside in a folder named &quot;kept-&quot; with today&apos;s date inside {folder}.</source>
        <translation>Khôi phục ngay bản sao lưu tốt gần nhất, lập lúc {when}? Dữ liệu hiện tại không bị xóa: nó được cất riêng trong một thư mục tên &quot;kept-&quot; kèm ngày hôm nay, nằm trong {folder}.</translation>
    </message>
    <message>
        <source>An automatic backup has been made.</source>
        <translation>Đã sao lưu tự động.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {reason}</source>
        <translation>Không sao lưu tự động được: {reason}</translation>
    </message>
    <message>
        <source>Change of the data key</source>
        <translation>Đổi khóa dữ liệu</translation>
    </message>
    <message>
        <source>Your password was reset</source>
        <translation>Mật khẩu của bạn đã được đặt lại</translation>
    </message>
    <message>
        <source>Your password was reset by {name} at {when}. If that was not agreed with you, tell the principal. Sealed case files must be given to you again by a person who holds them.</source>
        <translation>Mật khẩu của bạn đã được {name} đặt lại lúc {when}. Nếu việc này chưa được bạn đồng ý, hãy báo ngay cho hiệu trưởng. Các hồ sơ niêm phong phải được người đang giữ hồ sơ giao lại cho bạn.</translation>
    </message>
    <message>
        <source>Sealed case files</source>
        <translation>Hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>{count} case files that name a member of staff were sealed: only the people they are given to can read them.</source>
        <translation>Đã niêm phong {count} hồ sơ vụ việc có nêu tên cán bộ, giáo viên, nhân viên nhà trường: chỉ những người được giao mới xem được nội dung.</translation>
    </message>
    <message>
        <source>Restoring the backup. Please wait...</source>
        <translation>Đang khôi phục bản sao lưu. Vui lòng chờ...</translation>
    </message>
    <message>
        <source>The backup made on {when} has been restored.</source>
        <translation>Đã khôi phục bản sao lưu lập lúc {when}.</translation>
    </message>
    <message>
        <source>The data there before is kept in:
{folder}</source>
        <translation>Dữ liệu trước đó được giữ lại trong:
{folder}</translation>
    </message>
    <message>
        <source>Sign in with a password that was valid when the backup was made.</source>
        <translation>Hãy đăng nhập bằng mật khẩu đang dùng vào lúc lập bản sao lưu.</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Đã khôi phục xong</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Leaving the school</source>
        <translation>Học sinh rời trường</translation>
    </message>
    <message>
        <source>The pupil&apos;s record is kept (archived), never deleted: tick &quot;Show leavers&quot; to find it again. Reviews stop while the pupil is away.</source>
        <translation>Hồ sơ của học sinh được lưu trữ, không bao giờ bị xóa: đánh dấu &quot;Hiện học sinh đã rời trường&quot; để tìm lại. Việc rà soát tạm dừng trong thời gian học sinh không còn ở trường.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>Back at school ({status})</source>
        <translation>Trở lại trường ({status})</translation>
    </message>
    <message>
        <source>&amp;What happened *</source>
        <translation>&amp;Lý do *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Ngày *</translation>
    </message>
    <message>
        <source>Record that {name} is back at school?</source>
        <translation>Ghi nhận {name} đã trở lại trường?</translation>
    </message>
    <message>
        <source>Record &quot;{status}&quot; for {name} on {date}? The pupil leaves the current lists; the record is kept.</source>
        <translation>Ghi nhận &quot;{status}&quot; cho {name} từ ngày {date}? Học sinh sẽ không còn trong danh sách hiện tại; hồ sơ vẫn được lưu giữ.</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Scans, photos and documents of this case are kept encrypted inside the database (at most 20 MB each, 100 per case). Pictures and PDF documents are shown here; a copy saved outside is not encrypted and is recorded in the access log.</source>
        <translation>Bản quét, ảnh và tài liệu của vụ việc được mã hóa và lưu trong cơ sở dữ liệu (mỗi tệp tối đa 20 MB, mỗi vụ việc tối đa 100 tệp). Hình ảnh và tài liệu PDF được hiển thị ngay tại đây; bản sao được lưu ra ngoài không được mã hóa và được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Choose the file to keep with the case</source>
        <translation>Chọn tệp cần lưu kèm hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.pdf);;All files (*)</source>
        <translation>Hình ảnh và PDF (*.png *.jpg *.jpeg *.gif *.bmp *.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Make it smaller (scan at a lower resolution) and try again.</source>
        <translation>Tệp lớn hơn 20 MB. Hãy làm tệp nhỏ lại (quét với độ phân giải thấp hơn) rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Staff attendance</source>
        <translation>Cán bộ, giáo viên tham dự</translation>
    </message>
    <message>
        <source>{title} ({date}). Tick everyone who attended.</source>
        <translation>{title} ({date}). Đánh dấu tất cả những người đã tham dự.</translation>
    </message>
    <message>
        <source>&amp;Save the attendance</source>
        <translation>&amp;Lưu danh sách tham dự</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, giáo viên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>Đã &amp;tham dự:</translation>
    </message>
</context>
<context>
    <name>AudienceModel</name>
    <message>
        <source>Group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Sex not noted</source>
        <translation>Chưa ghi giới tính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>{n} by name</source>
        <translation>{n} theo tên</translation>
    </message>
    <message>
        <source>Nobody counted in this row: the people ticked by name are counted.</source>
        <translation>Dòng này chưa nhập số người: tính theo số người được đánh dấu theo tên.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>Event no. {event} does not fit the chain ({count} place(s) in all): events were changed, removed or put in another order.</source>
        <translation>Sự kiện số {event} không khớp với chuỗi nhật ký ({count} chỗ tất cả): đã có sự kiện bị sửa, bị xóa hoặc bị đảo thứ tự.</translation>
    </message>
    <message>
        <source>Event no. {event} carries no signature although it was written after signing began ({count} such event(s)): it was added or rewritten outside KimBai.</source>
        <translation>Sự kiện số {event} không có chữ ký dù được ghi sau khi nhật ký bắt đầu được ký ({count} sự kiện như vậy): sự kiện đã bị thêm hoặc viết lại bên ngoài KimBai.</translation>
    </message>
    <message>
        <source>The signature of event no. {event} does not match it ({count} such event(s)): the event was changed after it was signed.</source>
        <translation>Chữ ký của sự kiện số {event} không khớp với nội dung ({count} sự kiện như vậy): sự kiện đã bị sửa sau khi được ký.</translation>
    </message>
    <message>
        <source>Event no. {event} is signed with a key that is not in the school&apos;s list of keys ({count} such event(s)).</source>
        <translation>Sự kiện số {event} được ký bằng một khóa không có trong danh sách khóa của nhà trường ({count} sự kiện như vậy).</translation>
    </message>
    <message>
        <source>Event no. {event} names the account {actor} but was signed with another account&apos;s key ({count} such event(s)): someone rebuilt the trail under other people&apos;s names.</source>
        <translation>Sự kiện số {event} ghi tên tài khoản {actor} nhưng được ký bằng khóa của tài khoản khác ({count} sự kiện như vậy): có người đã dựng lại nhật ký dưới tên người khác.</translation>
    </message>
    <message>
        <source>The number of events from before signing was changed after signing began (see event no. {event}).</source>
        <translation>Số sự kiện ghi trước khi bắt đầu ký đã bị thay đổi sau khi nhật ký bắt đầu được ký (xem sự kiện số {event}).</translation>
    </message>
    <message>
        <source>{source} shows {count} events, but the database holds only {event}: the last events were cut off.</source>
        <translation>{source} ghi {count} sự kiện, nhưng cơ sở dữ liệu chỉ còn {event}: các sự kiện cuối đã bị cắt bỏ.</translation>
    </message>
    <message>
        <source>{source} shows event no. {event} differently from the database: the trail was rewritten from that point on.</source>
        <translation>{source} ghi sự kiện số {event} khác với cơ sở dữ liệu: nhật ký đã bị viết lại từ chỗ đó trở đi.</translation>
    </message>
    <message>
        <source>{source} is not signed by an account of the school (or not by the one that wrote its last event): it was written outside KimBai.</source>
        <translation>{source} không được ký bởi một tài khoản của nhà trường (hoặc không phải tài khoản đã ghi sự kiện cuối cùng của nó): tệp đã được ghi bên ngoài KimBai.</translation>
    </message>
    <message>
        <source>The list of keys makes the account {actor} a principal, but no other principal ever gave it that role in the trail: someone made themselves principal outside KimBai.</source>
        <translation>Danh sách khóa ghi tài khoản {actor} là hiệu trưởng, nhưng trong nhật ký không có hiệu trưởng nào khác giao vai trò đó: có người đã tự cho mình làm hiệu trưởng bên ngoài KimBai.</translation>
    </message>
    <message>
        <source>The file kimbai.head beside the keys is missing: it was deleted.</source>
        <translation>Không thấy tệp kimbai.head cạnh tệp khóa: tệp đã bị xóa.</translation>
    </message>
    <message>
        <source>The file kimbai.head beside the keys cannot be read or belongs to another database: it was changed by hand.</source>
        <translation>Không đọc được tệp kimbai.head cạnh tệp khóa, hoặc tệp thuộc về một cơ sở dữ liệu khác: tệp đã bị sửa bằng tay.</translation>
    </message>
    <message>
        <source>The head kept beside the keys (kimbai.head)</source>
        <translation>Điểm cuối nhật ký lưu cạnh tệp khóa (kimbai.head)</translation>
    </message>
    <message>
        <source>The backup of {date}</source>
        <translation>Bản sao lưu ngày {date}</translation>
    </message>
    <message>
        <source>The printed report</source>
        <translation>Báo cáo đã in</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} events, each signed by the account that acted ({legacy} from before signing began); head {head}. Compared with kimbai.head and {backups} backup(s).</source>
        <translation>Nhật ký truy cập còn nguyên vẹn: {count} sự kiện, mỗi sự kiện đều được ký bởi tài khoản đã thực hiện ({legacy} sự kiện ghi trước khi bắt đầu ký); mã băm cuối {head}. Đã đối chiếu với kimbai.head và {backups} bản sao lưu.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact:</source>
        <translation>Nhật ký truy cập KHÔNG còn nguyên vẹn:</translation>
    </message>
    <message>
        <source>Do not delete anything. Tell the principal and the chair of the school&apos;s child-protection board; keep the backups and the printed reports: they show what the trail held.</source>
        <translation>Đừng xóa gì cả. Hãy báo cho hiệu trưởng và chủ tịch Ban bảo vệ trẻ em của trường; giữ lại các bản sao lưu và các báo cáo đã in: chúng cho thấy nhật ký từng ghi những gì.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>School information</source>
        <translation>Thông tin nhà trường</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Hồ sơ trong sổ theo dõi</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Case document</source>
        <translation>Tài liệu của vụ việc</translation>
    </message>
    <message>
        <source>Access to a sealed case file</source>
        <translation>Quyền xem hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>Recovery key for sealed case files</source>
        <translation>Khóa khôi phục hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Danh sách vụ việc</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>Training or awareness activity</source>
        <translation>Hoạt động tập huấn, tuyên truyền</translation>
    </message>
    <message>
        <source>Activity material</source>
        <translation>Tài liệu của hoạt động</translation>
    </message>
    <message>
        <source>Activity list</source>
        <translation>Danh sách hoạt động</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, giáo viên, nhân viên</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Danh sách chỉ tiêu</translation>
    </message>
    <message>
        <source>Inspection of the plan</source>
        <translation>Kiểm tra việc thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Safe-environment check</source>
        <translation>Kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Safe-environment checklist</source>
        <translation>Danh mục kiểm tra môi trường an toàn</translation>
    </message>
    <message>
        <source>Report due to the superior body</source>
        <translation>Báo cáo phải gửi cấp trên</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Outgoing document</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Overview figures</source>
        <translation>Số liệu tổng quan</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation>Gói hồ sơ chuyển trường</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Access log</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <source>Every sign-in, view, change, print and backup is recorded here. Nobody can change or delete an event; the integrity check shows whether anyone tried.</source>
        <translation>Mọi lần đăng nhập, xem, sửa, in và sao lưu đều được ghi lại ở đây. Không ai sửa hay xóa được một sự kiện; nút kiểm tra tính toàn vẹn cho biết có ai đã thử làm vậy hay không.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tất cả hoạt động</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Tài khoản:</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>&amp;Hoạt động:</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>L&amp;oại bản ghi:</translation>
    </message>
    <message>
        <source>for example VV-2026-2027/007</source>
        <translation>ví dụ VV-2026-2027/007</translation>
    </message>
    <message>
        <source>A case file code, a pupil&apos;s identifier, a document number (01/BC-THMAU) or an account name</source>
        <translation>Mã hồ sơ vụ việc, mã định danh của học sinh, số văn bản (01/BC-THMAU) hoặc tên tài khoản</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>Sắ&amp;p xếp:</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel...</source>
        <translation>&amp;Xuất ra Excel...</translation>
    </message>
    <message>
        <source>Save the events as filtered to an Excel file</source>
        <translation>Lưu các sự kiện đang lọc ra tệp Excel</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Print the events as filtered (Ctrl+P)</source>
        <translation>In các sự kiện đang lọc (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>Mã cuối chuỗi:</translation>
    </message>
    <message>
        <source>The full hash of the last event; select it to copy and compare.</source>
        <translation>Mã băm đầy đủ của sự kiện cuối cùng; bôi đen để sao chép và đối chiếu.</translation>
    </message>
    <message>
        <source>Check the &amp;integrity</source>
        <translation>Kiểm tra tính toàn &amp;vẹn</translation>
    </message>
    <message>
        <source>{total} events; {shown} shown, scroll down for more.</source>
        <translation>{total} sự kiện; đang hiện {shown}, cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <source>{total} events.</source>
        <translation>{total} sự kiện.</translation>
    </message>
    <message>
        <source>Write the first day as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày bắt đầu theo dạng ngày/tháng/năm, ví dụ 05/09/2024.</translation>
    </message>
    <message>
        <source>Write the last day as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày kết thúc theo dạng ngày/tháng/năm, ví dụ 05/09/2024.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Swap them or change one.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu. Hãy đổi chỗ hai ngày hoặc sửa một ngày.</translation>
    </message>
    <message>
        <source>Export the access log to Excel</source>
        <translation>Xuất nhật ký truy cập ra Excel</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>{count} events were saved in {file}, protected by the password you chose. Delete the file when you no longer need it.</source>
        <translation>Đã lưu {count} sự kiện vào tệp {file}, có mật khẩu bảo vệ do bạn đặt. Hãy xóa tệp khi không còn cần đến.</translation>
    </message>
    <message>
        <source>{count} events, printed {when}</source>
        <translation>{count} sự kiện, in lúc {when}</translation>
    </message>
    <message>
        <source>Checking every event...</source>
        <translation>Đang kiểm tra từng sự kiện...</translation>
    </message>
    <message>
        <source>✔ The access log is intact: {count} events, none changed, deleted or reordered.</source>
        <translation>✔ Nhật ký truy cập còn nguyên vẹn: {count} sự kiện, không sự kiện nào bị sửa, xóa hay đổi thứ tự.</translation>
    </message>
    <message>
        <source>✖ The access log was altered from event no. {event} on. Events from there on cannot be trusted; keep this computer as it is and tell the principal and the school&apos;s IT support.</source>
        <translation>✖ Nhật ký truy cập đã bị thay đổi từ sự kiện số {event} trở đi. Không thể tin các sự kiện từ đó trở đi; hãy giữ nguyên máy tính này và báo cho hiệu trưởng và người hỗ trợ tin học của trường.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>school name</source>
        <translation>tên trường</translation>
    </message>
    <message>
        <source>superior body</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <source>place name</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>principal&apos;s name</source>
        <translation>tên hiệu trưởng</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>ký hiệu văn bản</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>năm học</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>auto-lock time</source>
        <translation>thời gian tự khóa màn hình</translation>
    </message>
    <message>
        <source>clipboard clearing time</source>
        <translation>thời gian tự xóa bộ nhớ tạm</translation>
    </message>
    <message>
        <source>automatic backups kept</source>
        <translation>số bản sao lưu tự động được giữ</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>khoảng cách giữa hai lần rà soát</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>lần rà soát đầu tiên</translation>
    </message>
    <message>
        <source>days off</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <source>time for emergency measures</source>
        <translation>thời hạn áp dụng biện pháp khẩn cấp</translation>
    </message>
    <message>
        <source>time for the support plan</source>
        <translation>thời hạn lập kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <source>time for the result report</source>
        <translation>thời hạn báo cáo kết quả</translation>
    </message>
    <message>
        <source>time for the case review</source>
        <translation>thời hạn đánh giá vụ việc</translation>
    </message>
    <message>
        <source>order of names</source>
        <translation>thứ tự sắp xếp tên</translation>
    </message>
    <message>
        <source>retention of case files</source>
        <translation>thời hạn lưu hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>retention of pupils who left</source>
        <translation>thời hạn lưu hồ sơ học sinh đã rời trường</translation>
    </message>
    <message>
        <source>retention of training records</source>
        <translation>thời hạn lưu hồ sơ tập huấn</translation>
    </message>
    <message>
        <source>name of the commune People&apos;s Committee</source>
        <translation>tên Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>name of the office for culture and society</source>
        <translation>tên Phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>name of the police</source>
        <translation>tên cơ quan công an</translation>
    </message>
    <message>
        <source>name of the body in charge of children</source>
        <translation>tên cơ quan phụ trách trẻ em</translation>
    </message>
    <message>
        <source>name of the education authority</source>
        <translation>tên cơ quan quản lý giáo dục</translation>
    </message>
    <message>
        <source>name of the hotline</source>
        <translation>tên tổng đài</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>sửa cài đặt</translation>
    </message>
    <message>
        <source>change the school information</source>
        <translation>sửa thông tin nhà trường</translation>
    </message>
    <message>
        <source>view the access log</source>
        <translation>xem nhật ký truy cập</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>change the keys</source>
        <translation>đổi khóa</translation>
    </message>
    <message>
        <source>manage case files</source>
        <translation>quản lý hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>view the register</source>
        <translation>xem sổ theo dõi</translation>
    </message>
    <message>
        <source>change the register</source>
        <translation>sửa sổ theo dõi</translation>
    </message>
    <message>
        <source>Made a backup by hand</source>
        <translation>Sao lưu dữ liệu (làm bằng tay)</translation>
    </message>
    <message>
        <source>Made the daily automatic backup</source>
        <translation>Sao lưu tự động hằng ngày</translation>
    </message>
    <message>
        <source>Made an automatic backup on closing</source>
        <translation>Sao lưu tự động khi đóng chương trình</translation>
    </message>
    <message>
        <source>Changed case file {code}</source>
        <translation>Sửa hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Closed case file {code}</source>
        <translation>Kết thúc hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Reopened case file {code}</source>
        <translation>Mở lại hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Limited who may open case file {code}</source>
        <translation>Giới hạn người được xem hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Let every case manager open case file {code}</source>
        <translation>Bỏ giới hạn người xem hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Wrote why the family is not told, in case file {code}</source>
        <translation>Ghi lý do chưa thông báo cho gia đình trong hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Wrote the support plan of case file {code}</source>
        <translation>Lập kế hoạch hỗ trợ của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Added a task to the plan of case file {code}</source>
        <translation>Thêm nhiệm vụ vào kế hoạch của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Recorded the step “{value}” of case file {code}</source>
        <translation>Ghi nhận bước “{value}” của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Recorded a notification to {value} in case file {code}</source>
        <translation>Ghi nhận việc thông báo cho {value} trong hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Added an entry ({value}) to the chronology of case file {code}</source>
        <translation>Thêm {value} vào nhật ký của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Corrected entry no. {value} of the chronology of case file {code}</source>
        <translation>Đính chính mục số {value} trong nhật ký của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Marked a task of case file {code} as “{value}”</source>
        <translation>Đánh dấu một nhiệm vụ của hồ sơ vụ việc {code} là “{value}”</translation>
    </message>
    <message>
        <source>Referred the child of case file {code} to a {value} service</source>
        <translation>Chuyển tuyến trẻ của hồ sơ vụ việc {code} đến dịch vụ {value}</translation>
    </message>
    <message>
        <source>Recorded that a referral of case file {code} is “{value}”</source>
        <translation>Cập nhật chuyển tuyến của hồ sơ vụ việc {code}: “{value}”</translation>
    </message>
    <message>
        <source>Recorded a consent ({value}) in case file {code}</source>
        <translation>Ghi nhận sự đồng ý ({value}) trong hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Added a document to case file {code}</source>
        <translation>Đính kèm tài liệu vào hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Shared information of case file {code} without consent: {value}</source>
        <translation>Cung cấp thông tin của hồ sơ vụ việc {code} khi chưa có sự đồng ý, lý do: {value}</translation>
    </message>
    <message>
        <source>Marked {value} injuries on the body map of case file {code}</source>
        <translation>Đánh dấu {value} vết thương trên sơ đồ thương tích của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Changed mark no. {value} on the body map of case file {code}</source>
        <translation>Sửa dấu số {value} trên sơ đồ thương tích của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Removed mark no. {value} from the body map of case file {code}</source>
        <translation>Xóa dấu số {value} khỏi sơ đồ thương tích của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Changed the body map of case file {code}</source>
        <translation>Sửa sơ đồ thương tích của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Changed the register entry of pupil {code}</source>
        <translation>Sửa thông tin của trẻ {code} trong sổ theo dõi</translation>
    </message>
    <message>
        <source>Updated pupil {code} from a class list</source>
        <translation>Cập nhật thông tin của trẻ {code} từ danh sách lớp</translation>
    </message>
    <message>
        <source>Changed the risk factors of pupil {code}</source>
        <translation>Cập nhật yếu tố nguy cơ của trẻ {code}</translation>
    </message>
    <message>
        <source>Added the special circumstance “{value}” to pupil {code}</source>
        <translation>Thêm hoàn cảnh đặc biệt “{value}” cho trẻ {code}</translation>
    </message>
    <message>
        <source>Ended the special circumstance “{value}” of pupil {code}</source>
        <translation>Kết thúc hoàn cảnh đặc biệt “{value}” của trẻ {code}</translation>
    </message>
    <message>
        <source>Set the protection level of pupil {code} to “{value}”</source>
        <translation>Chuyển cấp độ bảo vệ của trẻ {code} sang “{value}”</translation>
    </message>
    <message>
        <source>Recorded a review of pupil {code}: “{value}”</source>
        <translation>Ghi kết quả rà soát của trẻ {code}: “{value}”</translation>
    </message>
    <message>
        <source>Set the status of pupil {code} to “{value}”</source>
        <translation>Đổi tình trạng học tập của trẻ {code} thành “{value}”</translation>
    </message>
    <message>
        <source>Set the status of pupil {code} to “{value}” from a class list</source>
        <translation>Đổi tình trạng học tập của trẻ {code} thành “{value}” theo danh sách lớp</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Đổi mật khẩu của mình</translation>
    </message>
    <message>
        <source>Used the recovery key</source>
        <translation>Dùng khóa khôi phục</translation>
    </message>
    <message>
        <source>Sign-in refused: a key slot that belongs to no account</source>
        <translation>Từ chối đăng nhập: khe khóa không thuộc tài khoản nào</translation>
    </message>
    <message>
        <source>Failed sign-in: unknown account name</source>
        <translation>Đăng nhập không thành công: tên tài khoản không có</translation>
    </message>
    <message>
        <source>Failed sign-in: wrong password</source>
        <translation>Đăng nhập không thành công: sai mật khẩu</translation>
    </message>
    <message>
        <source>Was refused case file {code}</source>
        <translation>Bị từ chối khi mở hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Was refused: no permission to {what}</source>
        <translation>Bị từ chối: không có quyền {what}</translation>
    </message>
    <message>
        <source>Was refused access</source>
        <translation>Bị từ chối truy cập</translation>
    </message>
    <message>
        <source>Made an automatic backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Restored the data from the backup of {date}</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu ngày {date}</translation>
    </message>
    <message>
        <source>Restored the data from a backup</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>An interrupted change of the data key was undone; the old key stays in use</source>
        <translation>Lần đổi khóa dữ liệu bị ngắt giữa chừng đã được hoàn tác; khóa cũ vẫn được dùng</translation>
    </message>
    <message>
        <source>Changed the data key</source>
        <translation>Đổi khóa dữ liệu</translation>
    </message>
    <message>
        <source>Changed the data key; accounts removed: {count}</source>
        <translation>Đổi khóa dữ liệu; số tài khoản bị xóa: {count}</translation>
    </message>
    <message>
        <source>From here on every event is signed with its account&apos;s key</source>
        <translation>Từ đây trở đi, mỗi sự kiện đều được ký bằng khóa của tài khoản thực hiện</translation>
    </message>
    <message>
        <source>Saved a copy of a document of case file {code}</source>
        <translation>Lưu ra máy một bản tài liệu của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Opened a document of case file {code}</source>
        <translation>Xem tài liệu của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Printed the access log ({count} events)</source>
        <translation>In nhật ký truy cập ({count} sự kiện)</translation>
    </message>
    <message>
        <source>Exported the access log to Excel ({count} events)</source>
        <translation>Xuất nhật ký truy cập ra Excel ({count} sự kiện)</translation>
    </message>
    <message>
        <source>Searched the case files for “{words}”</source>
        <translation>Tìm “{words}” trong hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Searched the register for “{words}”</source>
        <translation>Tìm “{words}” trong sổ theo dõi</translation>
    </message>
    <message>
        <source>Viewed the list of case files</source>
        <translation>Xem danh sách hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Viewed the register (sổ theo dõi)</source>
        <translation>Xem sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <source>Exported the register to Excel ({count} pupils)</source>
        <translation>Xuất sổ theo dõi ra Excel ({count} trẻ)</translation>
    </message>
    <message>
        <source>Exported the de-identified statistics to Excel</source>
        <translation>Xuất bảng thống kê không định danh ra Excel</translation>
    </message>
    <message>
        <source>Recorded that staff member {code} left</source>
        <translation>Ghi nhận cán bộ {code} đã nghỉ</translation>
    </message>
    <message>
        <source>Recorded that staff member {code} is back</source>
        <translation>Ghi nhận cán bộ {code} trở lại làm việc</translation>
    </message>
    <message>
        <source>Added staff member {code}</source>
        <translation>Thêm cán bộ {code} vào danh sách</translation>
    </message>
    <message>
        <source>Changed staff member {code}</source>
        <translation>Sửa thông tin cán bộ {code}</translation>
    </message>
    <message>
        <source>Added material to the activity “{code}”</source>
        <translation>Thêm tài liệu cho hoạt động “{code}”</translation>
    </message>
    <message>
        <source>Recorded the activity “{code}”</source>
        <translation>Ghi nhận hoạt động “{code}”</translation>
    </message>
    <message>
        <source>Changed the activity “{code}”</source>
        <translation>Sửa hoạt động “{code}”</translation>
    </message>
    <message>
        <source>Saved a copy of a material of the activity “{code}”</source>
        <translation>Lưu ra máy một tài liệu của hoạt động “{code}”</translation>
    </message>
    <message>
        <source>Opened a material of the activity “{code}”</source>
        <translation>Xem tài liệu của hoạt động “{code}”</translation>
    </message>
    <message>
        <source>Deleted a target of the year&apos;s plan</source>
        <translation>Xóa một chỉ tiêu của kế hoạch năm học</translation>
    </message>
    <message>
        <source>Saved the target “{code}”</source>
        <translation>Lưu chỉ tiêu “{code}”</translation>
    </message>
    <message>
        <source>Recorded an inspection of the plan</source>
        <translation>Ghi một lần kiểm tra việc thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Changed an inspection of the plan</source>
        <translation>Sửa một lần kiểm tra việc thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Deleted an inspection of the plan</source>
        <translation>Xóa một lần kiểm tra việc thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Recorded a check of the safe school environment</source>
        <translation>Ghi một lần kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Changed a check of the safe school environment</source>
        <translation>Sửa một lần kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Deleted a check of the safe school environment</source>
        <translation>Xóa một lần kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Changed the safe-environment checklist</source>
        <translation>Sửa danh mục kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Added a report due to the superior body</source>
        <translation>Thêm một báo cáo phải gửi cấp trên</translation>
    </message>
    <message>
        <source>Changed a report due to the superior body</source>
        <translation>Sửa một báo cáo phải gửi cấp trên</translation>
    </message>
    <message>
        <source>Deleted a report due to the superior body</source>
        <translation>Xóa một báo cáo phải gửi cấp trên</translation>
    </message>
    <message>
        <source>Marked a follow-up action of an inspection</source>
        <translation>Đánh dấu một việc cần khắc phục sau kiểm tra</translation>
    </message>
    <message>
        <source>Marked a report due as sent</source>
        <translation>Đánh dấu đã gửi một báo cáo cấp trên</translation>
    </message>
    <message>
        <source>Marked a report due as not sent</source>
        <translation>Đánh dấu chưa gửi một báo cáo cấp trên</translation>
    </message>
    <message>
        <source>Created the principal&apos;s account {name} at the first-time setup</source>
        <translation>Tạo tài khoản hiệu trưởng {name} khi thiết lập lần đầu</translation>
    </message>
    <message>
        <source>Created the account {name} ({role})</source>
        <translation>Tạo tài khoản {name} ({role})</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>vai trò: {role}</translation>
    </message>
    <message>
        <source>Changed the account {name}: {what}</source>
        <translation>Sửa tài khoản {name}: {what}</translation>
    </message>
    <message>
        <source>Removed the account {name} while changing the data key</source>
        <translation>Xóa tài khoản {name} khi đổi khóa dữ liệu</translation>
    </message>
    <message>
        <source>Set a new password with the recovery key</source>
        <translation>Đặt mật khẩu mới bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Locked the account {name}</source>
        <translation>Khóa tài khoản {name}</translation>
    </message>
    <message>
        <source>Unlocked the account {name}</source>
        <translation>Mở lại tài khoản {name}</translation>
    </message>
    <message>
        <source>Removed the account {name}</source>
        <translation>Xóa tài khoản {name}</translation>
    </message>
    <message>
        <source>Reset the password of the account {name}</source>
        <translation>Đặt lại mật khẩu của tài khoản {name}</translation>
    </message>
    <message>
        <source>Made the recovery key for sealed case files</source>
        <translation>Tạo khóa khôi phục hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>Sealed case file {code}: it names a member of staff</source>
        <translation>Niêm phong hồ sơ {code} (có nêu tên cán bộ, giáo viên, nhân viên nhà trường)</translation>
    </message>
    <message>
        <source>Sealed case file {code}, with a reason</source>
        <translation>Niêm phong hồ sơ {code}, có ghi lý do</translation>
    </message>
    <message>
        <source>Gave {name} access to the sealed case file {code} with the sealed-file recovery key</source>
        <translation>Dùng khóa khôi phục hồ sơ niêm phong để giao hồ sơ {code} cho {name}</translation>
    </message>
    <message>
        <source>Gave {name} access to the sealed case file {code}</source>
        <translation>Giao hồ sơ niêm phong {code} cho {name}</translation>
    </message>
    <message>
        <source>Took back the sealed case file {code} from {name}</source>
        <translation>Thu hồi hồ sơ niêm phong {code} của {name}</translation>
    </message>
    <message>
        <source>Was refused: not a holder of sealed case file {code}</source>
        <translation>Bị từ chối: không phải người được giao hồ sơ niêm phong {code}</translation>
    </message>
    <message>
        <source>Made a new recovery key</source>
        <translation>Tạo khóa khôi phục mới</translation>
    </message>
    <message>
        <source>Moved to the school year {year}</source>
        <translation>Chuyển sang năm học {year}</translation>
    </message>
    <message>
        <source>Changed the school information: {what}</source>
        <translation>Sửa thông tin nhà trường: {what}</translation>
    </message>
    <message>
        <source>Changed the settings: {what}</source>
        <translation>Sửa cài đặt: {what}</translation>
    </message>
    <message>
        <source>Read the warning on case file {code}</source>
        <translation>Đã đọc cảnh báo của hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Opened case file {code}</source>
        <translation>Xem hồ sơ vụ việc {code}</translation>
    </message>
    <message>
        <source>Opened case file {code} from a teacher&apos;s concern</source>
        <translation>Lập hồ sơ vụ việc {code} từ phản ánh của giáo viên</translation>
    </message>
    <message>
        <source>Recorded a new case file {code}</source>
        <translation>Lập hồ sơ vụ việc mới {code}</translation>
    </message>
    <message>
        <source>Viewed the register entry of pupil {code}</source>
        <translation>Xem hồ sơ của trẻ {code} (sổ theo dõi)</translation>
    </message>
    <message>
        <source>Added pupil {code} to the register from a class list</source>
        <translation>Thêm trẻ {code} vào sổ theo dõi từ danh sách lớp</translation>
    </message>
    <message>
        <source>Added pupil {code} to the register</source>
        <translation>Thêm trẻ {code} vào sổ theo dõi</translation>
    </message>
    <message>
        <source>Made handover package no. {number} for a pupil who changed school</source>
        <translation>Lập gói hồ sơ chuyển trường số {number} cho học sinh chuyển trường</translation>
    </message>
    <message>
        <source>Opened a document received with handover package no. {number}</source>
        <translation>Mở một tài liệu nhận kèm gói hồ sơ chuyển trường số {number}</translation>
    </message>
    <message>
        <source>Imported handover package no. {number} from another school</source>
        <translation>Nhận gói hồ sơ chuyển trường số {number} từ trường khác</translation>
    </message>
    <message>
        <source>Recorded the returned receipt of handover no. {number}</source>
        <translation>Ghi nhận đã nhận lại giấy biên nhận của lượt chuyển hồ sơ số {number}</translation>
    </message>
    <message>
        <source>Printed the transfer log</source>
        <translation>In sổ chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Printed the papers of handover no. {number}</source>
        <translation>In giấy tờ của lượt chuyển hồ sơ số {number}</translation>
    </message>
    <message>
        <source>Viewed the transfer log</source>
        <translation>Xem sổ chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Viewed the records received with handover no. {number}</source>
        <translation>Xem hồ sơ nhận được qua lượt chuyển số {number}</translation>
    </message>
    <message>
        <source>Gave the number {number} to a new document</source>
        <translation>Cấp số {number} cho văn bản mới</translation>
    </message>
    <message>
        <source>Cancelled the document number {number}</source>
        <translation>Hủy số văn bản {number}</translation>
    </message>
    <message>
        <source>Printed {kind}, no. {number}</source>
        <translation>In {kind}, số {number}</translation>
    </message>
    <message>
        <source>Saved {kind}, no. {number}, as a Word file</source>
        <translation>Lưu {kind}, số {number}, ra tệp Word</translation>
    </message>
    <message>
        <source>Saved {kind}, no. {number}, as a PDF file</source>
        <translation>Lưu {kind}, số {number}, ra tệp PDF</translation>
    </message>
    <message>
        <source> (case file {code})</source>
        <translation> (hồ sơ vụ việc {code})</translation>
    </message>
    <message>
        <source> (activity “{code}”)</source>
        <translation> (hoạt động “{code}”)</translation>
    </message>
    <message>
        <source>; de-identified copy: {replaced} replacement(s), {struck} more struck out by hand</source>
        <translation>; bản không định danh: đã thay {replaced} chỗ, xóa thêm {struck} chỗ theo lựa chọn của người in</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>case document</source>
        <translation>tài liệu của hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>trẻ</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>document</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>account</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Nhật ký truy cập</translation>
    </message>
</context>
<context>
    <name>BodyMapDialog</name>
    <message>
        <source>Marks</source>
        <translation>Các dấu thương tích</translation>
    </message>
    <message>
        <source>&amp;Add a mark here</source>
        <translation>&amp;Thêm dấu tại đây</translation>
    </message>
    <message>
        <source>Put a new mark in the middle of the chosen part of the body; then move it with the arrow keys on the map</source>
        <translation>Đặt một dấu mới vào giữa vùng cơ thể đã chọn; sau đó dùng các phím mũi tên trên sơ đồ để dịch chuyển dấu</translation>
    </message>
    <message>
        <source>(choose the kind)</source>
        <translation>(chọn loại thương tích)</translation>
    </message>
    <message>
        <source>e.g. 2,5</source>
        <translation>ví dụ: 2,5</translation>
    </message>
    <message>
        <source>&amp;Remove this mark</source>
        <translation>Xó&amp;a dấu này</translation>
    </message>
    <message>
        <source>Centimetres; empty if not measured.</source>
        <translation>Tính bằng cm; để trống nếu chưa đo.</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Mặt:</translation>
    </message>
    <message>
        <source>&amp;Part of the body:</source>
        <translation>&amp;Vùng cơ thể:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Si&amp;ze (cm):</source>
        <translation>&amp;Kích thước (cm):</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>Mà&amp;u sắc:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Các dấu đã đánh:</translation>
    </message>
    <message>
        <source>&amp;Save the marks</source>
        <translation>Lưu các &amp;dấu</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Body map: injuries seen</source>
        <translation>Sơ đồ thương tích: các thương tích quan sát được</translation>
    </message>
    <message>
        <source>Click on the body where the injury is, or choose the side and the part of the body and press &quot;Add a mark here&quot;; the arrow keys move the chosen mark on the map (Shift: faster) and Delete removes it. Then choose its kind and write its size, colour and a note.</source>
        <translation>Bấm vào chỗ có thương tích trên hình cơ thể, hoặc chọn mặt trước hay mặt sau và vùng cơ thể rồi bấm “Thêm dấu tại đây”; các phím mũi tên dịch chuyển dấu đang chọn trên sơ đồ (giữ Shift để dịch nhanh hơn), phím Delete xóa dấu đó. Sau đó chọn loại thương tích, ghi kích thước, màu sắc và ghi chú.</translation>
    </message>
    <message>
        <source>(kind not chosen)</source>
        <translation>(chưa chọn loại)</translation>
    </message>
    <message>
        <source>Mark {n}: {where}</source>
        <translation>Dấu {n}: {where}</translation>
    </message>
    <message>
        <source>No mark chosen. Click on the body or add a mark at a part of the body.</source>
        <translation>Chưa chọn dấu nào. Hãy bấm vào hình cơ thể, hoặc thêm dấu tại một vùng cơ thể.</translation>
    </message>
    <message>
        <source>Mark {n} needs a correction: see the message beside the field.</source>
        <translation>Dấu số {n} cần sửa: xem thông báo bên cạnh ô nhập.</translation>
    </message>
    <message>
        <source>Saving the marks...</source>
        <translation>Đang lưu sơ đồ thương tích...</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The marks you added or changed on the body map will be lost.</source>
        <translation>Các dấu bạn vừa thêm hoặc sửa trên sơ đồ thương tích sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>BodyMapField</name>
    <message>
        <source>Mark injuries on the body map...</source>
        <translation>Đánh dấu thương tích trên sơ đồ...</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on the body map</source>
        <translation>
            <numerusform>%n dấu thương tích trên sơ đồ</numerusform>
        </translation>
    </message>
    <message>
        <source>No injury marked</source>
        <translation>Chưa đánh dấu thương tích nào</translation>
    </message>
</context>
<context>
    <name>BodyMapPanel</name>
    <message>
        <source>Injuries on the body map</source>
        <translation>Các thương tích trên sơ đồ</translation>
    </message>
    <message>
        <source>Change the &amp;body map...</source>
        <translation>Sửa &amp;sơ đồ thương tích...</translation>
    </message>
    <message>
        <source>Add, move, change or remove the marked injuries</source>
        <translation>Thêm, dịch chuyển, sửa hoặc xóa các dấu thương tích</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Sơ đồ thương tích</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Sơ đồ thương tích</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <source>Forms of abuse</source>
        <translation>Hình thức xâm hại</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Bước hiện tại</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Nguy cơ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>(sealed case file)</source>
        <translation>(hồ sơ niêm phong)</translation>
    </message>
    <message>
        <source>{risk}, urgent</source>
        <translation>{risk}, khẩn cấp</translation>
    </message>
    <message>
        <source>{status}, principal only</source>
        <translation>{status}, chỉ hiệu trưởng</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← &amp;All cases</source>
        <translation>← Tất cả &amp;vụ việc</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+A)</source>
        <translation>Quay lại danh sách vụ việc (Alt+V)</translation>
    </message>
    <message>
        <source>Principal only</source>
        <translation>Chỉ hiệu trưởng</translation>
    </message>
    <message>
        <source>Access &amp;history</source>
        <translation>N&amp;hật ký truy cập</translation>
    </message>
    <message>
        <source>Who has opened, changed, printed or saved this case file (the access log)</source>
        <translation>Những ai đã mở, sửa, in hoặc lưu hồ sơ vụ việc này (nhật ký truy cập)</translation>
    </message>
    <message>
        <source>Record a &amp;call...</source>
        <translation>Ghi nhận &amp;cuộc gọi...</translation>
    </message>
    <message>
        <source>Record a call or notification to 111, the commune, the police, the family</source>
        <translation>Ghi nhận cuộc gọi hoặc thông báo tới Tổng đài 111, UBND xã, công an, gia đình</translation>
    </message>
    <message>
        <source>Add a &amp;note...</source>
        <translation>Thêm &amp;ghi chép...</translation>
    </message>
    <message>
        <source>Add an entry to the chronology; it may be about an earlier event</source>
        <translation>Thêm một ghi chép vào diễn biến vụ việc; có thể ghi về sự việc đã xảy ra trước đó</translation>
    </message>
    <message>
        <source>&amp;Refer...</source>
        <translation>Chuyển t&amp;uyến...</translation>
    </message>
    <message>
        <source>Refer the child to a service and follow the referral up</source>
        <translation>Chuyển tuyến trẻ đến cơ quan, dịch vụ hỗ trợ và theo dõi kết quả</translation>
    </message>
    <message>
        <source>Complete a &amp;step...</source>
        <translation>Hoàn thành &amp;bước...</translation>
    </message>
    <message>
        <source>Record a step of the procedure as done</source>
        <translation>Ghi nhận một bước của quy trình đã hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Plan...</source>
        <translation>&amp;Kế hoạch...</translation>
    </message>
    <message>
        <source>The approved support plan and the school&apos;s tasks</source>
        <translation>Kế hoạch hỗ trợ, can thiệp đã được phê duyệt và nhiệm vụ của nhà trường</translation>
    </message>
    <message>
        <source>C&amp;onsent...</source>
        <translation>Sự đồ&amp;ng ý...</translation>
    </message>
    <message>
        <source>Consent records and what must be withheld from whom</source>
        <translation>Ghi nhận sự đồng ý và những thông tin cần giữ kín với ai</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>Tài &amp;liệu...</translation>
    </message>
    <message>
        <source>Scans and photos kept with the case</source>
        <translation>Bản quét và ảnh lưu kèm hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>C&amp;lose the case...</source>
        <translation>Kế&amp;t thúc hồ sơ...</translation>
    </message>
    <message>
        <source>Close the case after the review decision and the result report</source>
        <translation>Kết thúc hồ sơ sau khi có quyết định rà soát và báo cáo kết quả</translation>
    </message>
    <message>
        <source>R&amp;eopen...</source>
        <translation>&amp;Mở lại...</translation>
    </message>
    <message>
        <source>Reopen a closed case</source>
        <translation>Mở lại hồ sơ đã kết thúc</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Chưa mở vụ việc nào</translation>
    </message>
    <message>
        <source>⚠ Urgent</source>
        <translation>⚠ Khẩn cấp</translation>
    </message>
    <message>
        <source>Share with the counsellor</source>
        <translation>Chia sẻ với tư vấn viên</translation>
    </message>
    <message>
        <source>Make principal only</source>
        <translation>Chỉ hiệu trưởng xem</translation>
    </message>
    <message>
        <source>Children: {names}</source>
        <translation>Trẻ em: {names}</translation>
    </message>
    <message>
        <source>Forms of abuse: {forms} · Risk: {risk} · Received {time} · Recorded by {who}</source>
        <translation>Hình thức xâm hại: {forms} · Nguy cơ: {risk} · Tiếp nhận lúc {time} · Người ghi: {who}</translation>
    </message>
    <message>
        <source>From a teacher&apos;s concern</source>
        <translation>Từ tin báo của giáo viên</translation>
    </message>
    <message>
        <source>Reached the school: {channel}</source>
        <translation>Kênh tiếp nhận: {channel}</translation>
    </message>
    <message>
        <source>What happened: {summary}</source>
        <translation>Sự việc: {summary}</translation>
    </message>
    <message>
        <source>Received {time}</source>
        <translation>Tiếp nhận lúc {time}</translation>
    </message>
    <message>
        <source>{age} years old</source>
        <translation>{age} tuổi</translation>
    </message>
    <message>
        <source>The case cannot be closed yet</source>
        <translation>Chưa thể kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>A case is closed only after the review decision and the written result report are recorded. Still missing:
{steps}

Record them with &quot;Complete a step&quot;, then close the case.</source>
        <translation>Chỉ kết thúc hồ sơ được sau khi đã ghi quyết định rà soát và báo cáo kết quả bằng văn bản. Còn thiếu:
{steps}

Hãy ghi nhận các bước này bằng nút &quot;Hoàn thành bước&quot;, rồi kết thúc hồ sơ.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Your account cannot open case files.</source>
        <translation>Tài khoản của bạn không được mở hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Search: case number, child&apos;s name, words of the record (accents not needed)</source>
        <translation>Tìm theo mã vụ việc, tên trẻ, nội dung hồ sơ (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tất cả vụ việc</translation>
    </message>
    <message>
        <source>All school years</source>
        <translation>Tất cả năm học</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>Vụ việc &amp;mới...</translation>
    </message>
    <message>
        <source>Record a new case (Ctrl+N)</source>
        <translation>Tiếp nhận vụ việc mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>No case file in this school year. When the school learns that a child may be harmed, record it as a new case.</source>
        <translation>Năm học này chưa có hồ sơ vụ việc nào. Khi nhà trường biết một trẻ có thể bị tổn hại, hãy lập hồ sơ vụ việc mới.</translation>
    </message>
    <message>
        <source>No case file matches the search or the status chosen.</source>
        <translation>Không có hồ sơ nào khớp với từ tìm kiếm hoặc trạng thái đã chọn.</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>Năm học {year}</translation>
    </message>
    <message>
        <source>{count} cases shown; scroll for more.</source>
        <translation>Đang hiện {count} vụ việc; cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <source>{count} cases.</source>
        <translation>{count} vụ việc.</translation>
    </message>
    <message>
        <source>{name} is at the level “{current}” in the register. Raise it to “{suggested}” from today, with this case as the reason?</source>
        <translation>Trong sổ theo dõi, {name} đang ở cấp độ “{current}”. Nâng lên cấp độ “{suggested}” từ hôm nay, với lý do là vụ việc này?</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>Cấp độ bảo vệ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <source>The new password is needed from the next sign-in on.</source>
        <translation>Từ lần đăng nhập sau, hãy dùng mật khẩu mới.</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>Con&amp;firm the new password</source>
        <translation>&amp;Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Search by name (accents not needed)</source>
        <translation>Tìm theo tên (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>Đã chọn {ticked}/{total}</translation>
    </message>
    <message>
        <source> (and {n} more in other lists)</source>
        <translation> (và {n} người ở danh sách khác)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Checking every row</source>
        <translation>Kiểm tra từng dòng</translation>
    </message>
    <message>
        <source>Step 4 of 5: nothing is written yet</source>
        <translation>Bước 4/5: chưa có gì được ghi vào sổ</translation>
    </message>
    <message>
        <source>Save the rows with &amp;problems...</source>
        <translation>Lưu các dòng bị &amp;lỗi...</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Đang kiểm tra các dòng...</translation>
    </message>
    <message>
        <source>Put back the leading zeros of these {count} identifiers (for example {code} → {padded})</source>
        <translation>Thêm số 0 ở đầu cho {count} mã định danh này (ví dụ {code} → {padded})</translation>
    </message>
    <message>
        <source>Every row is correct: {created} pupils will be added and {updated} updated. Press Import to write them.</source>
        <translation>Tất cả các dòng đều hợp lệ: sẽ thêm {created} học sinh và cập nhật {updated} học sinh. Bấm &quot;Nhập&quot; để ghi vào sổ.</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Lưu các dòng bị lỗi</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Các dòng bị lỗi</translation>
    </message>
    <message>
        <source>The rows with problems were saved in {file}, with a column saying what to correct. It is protected by the password you chose: delete it when the list is corrected.</source>
        <translation>Đã lưu các dòng bị lỗi vào {file}, kèm một cột ghi rõ cần sửa gì. Tệp có mật khẩu bảo vệ do bạn đặt: hãy xóa tệp khi đã sửa xong danh sách.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist of the safe school environment</source>
        <translation>Danh mục kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>The items checked every school year. Changing the list does not change the checks already recorded.</source>
        <translation>Các nội dung được kiểm tra mỗi năm học. Sửa danh mục không làm thay đổi các lần kiểm tra đã ghi.</translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation>&amp;Lưu danh mục</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Các mục:</translation>
    </message>
    <message>
        <source>Double-click an item (or press F2) to change its text.</source>
        <translation>Nhấp đúp vào một mục (hoặc nhấn F2) để sửa nội dung.</translation>
    </message>
    <message>
        <source>Add the item you typed (Enter), or clear it, first.</source>
        <translation>Hãy thêm mục vừa gõ (nhấn Enter) hoặc xóa nó đi trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Full name, or a description</source>
        <translation>Họ và tên, hoặc mô tả</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>không rõ tuổi</translation>
    </message>
    <message>
        <source>Add this &amp;child</source>
        <translation>Thêm &amp;trẻ này</translation>
    </message>
    <message>
        <source>A pupil &amp;from the register:</source>
        <translation>Học sinh &amp;trong sổ:</translation>
    </message>
    <message>
        <source>A child &amp;not in the register:</source>
        <translation>Trẻ &amp;ngoài sổ:</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>lớp {name}</translation>
    </message>
    <message>
        <source>not a pupil</source>
        <translation>không phải học sinh của trường</translation>
    </message>
    <message>
        <source>{age} years old</source>
        <translation>{age} tuổi</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Ghi bổ sung</translation>
    </message>
    <message>
        <source>Corrects entry no. {seq}:</source>
        <translation>Đính chính ghi chép số {seq}:</translation>
    </message>
    <message>
        <source>Corrected by entry no. {seqs}</source>
        <translation>Đã được đính chính tại ghi chép số {seqs}</translation>
    </message>
    <message>
        <source>Added later: this entry was recorded at {entered}, more than a day after the event. It is placed in the story at the time the event happened.</source>
        <translation>Ghi bổ sung: ghi chép này được nhập lúc {entered}, hơn một ngày sau sự việc. Ghi chép được xếp vào diễn biến theo thời điểm sự việc xảy ra.</translation>
    </message>
    <message>
        <source>This entry stays as it was written; a later entry corrects it.</source>
        <translation>Ghi chép này được giữ nguyên như khi viết; một ghi chép sau đã đính chính nội dung.</translation>
    </message>
</context>
<context>
    <name>ChronologyView</name>
    <message>
        <source>Chronology</source>
        <translation>Diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <source>Order of the entries</source>
        <translation>Thứ tự các ghi chép</translation>
    </message>
    <message>
        <source>Correc&amp;t the entry...</source>
        <translation>Đính chính ghi ché&amp;p...</translation>
    </message>
    <message>
        <source>Entries are never changed: a correction is a new entry linked to the one it corrects (Đính chính).</source>
        <translation>Ghi chép không bao giờ bị sửa: mỗi lần đính chính là một ghi chép mới, gắn với ghi chép được đính chính.</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>Kiểm t&amp;ra toàn vẹn</translation>
    </message>
    <message>
        <source>Check that no entry of this chronology was altered or removed.</source>
        <translation>Kiểm tra để chắc chắn không có ghi chép nào của vụ việc này bị sửa hoặc xóa.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Đang kiểm tra...</translation>
    </message>
    <message>
        <source>✔ Intact: all {count} entries are as they were written.</source>
        <translation>✔ Nguyên vẹn: cả {count} ghi chép đều giữ nguyên như khi viết.</translation>
    </message>
    <message>
        <source>✘ Altered: entry no. {seq} or an entry before it was changed or removed outside the program.</source>
        <translation>✘ Đã bị thay đổi: ghi chép số {seq} hoặc một ghi chép trước đó đã bị sửa hoặc xóa bên ngoài phần mềm.</translation>
    </message>
</context>
<context>
    <name>CircumstanceDialog</name>
    <message>
        <source>Add a special circumstance</source>
        <translation>Thêm nhóm hoàn cảnh đặc biệt</translation>
    </message>
    <message>
        <source>The groups of children in special circumstances of the Law on Children (Luật Trẻ em, Điều 10). A child may belong to several groups.</source>
        <translation>Các nhóm trẻ em có hoàn cảnh đặc biệt theo Luật Trẻ em, Điều 10. Một trẻ có thể thuộc nhiều nhóm.</translation>
    </message>
    <message>
        <source>&amp;Add the group</source>
        <translation>&amp;Thêm nhóm</translation>
    </message>
    <message>
        <source>Choose a group...</source>
        <translation>Chọn nhóm...</translation>
    </message>
    <message>
        <source>&amp;Group *</source>
        <translation>&amp;Nhóm *</translation>
    </message>
    <message>
        <source>S&amp;ub-type</source>
        <translation>&amp;Dạng cụ thể</translation>
    </message>
    <message>
        <source>&amp;Since *</source>
        <translation>&amp;Từ ngày *</translation>
    </message>
    <message>
        <source>The day the child came into this situation, if known.</source>
        <translation>Ngày trẻ bắt đầu rơi vào hoàn cảnh này, nếu biết.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <source>Choose the group that describes the child&apos;s situation.</source>
        <translation>Hãy chọn nhóm phù hợp với hoàn cảnh của trẻ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>KimBai Desktop: child protection records for a primary school (administration).</source>
        <translation>KimBai Desktop: hồ sơ bảo vệ trẻ em của trường tiểu học (công cụ quản trị).</translation>
    </message>
    <message>
        <source>data folder (default: KIMBAI_DATA_DIR or the per-user folder)</source>
        <translation>thư mục dữ liệu (mặc định: KIMBAI_DATA_DIR hoặc thư mục riêng của người dùng)</translation>
    </message>
    <message>
        <source>read the password as one line from standard input</source>
        <translation>đọc mật khẩu từ một dòng của đầu vào chuẩn (stdin)</translation>
    </message>
    <message>
        <source>set up a new school database</source>
        <translation>khởi tạo cơ sở dữ liệu mới cho nhà trường</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>tên trường</translation>
    </message>
    <message>
        <source>superior body (cơ quan chủ quản)</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <source>place name used in document dates</source>
        <translation>địa danh ghi ở dòng ngày tháng của văn bản</translation>
    </message>
    <message>
        <source>principal&apos;s full name</source>
        <translation>họ và tên hiệu trưởng</translation>
    </message>
    <message>
        <source>document symbol, for example THKB</source>
        <translation>chữ viết tắt tên trường dùng trong số, ký hiệu văn bản, ví dụ THKB</translation>
    </message>
    <message>
        <source>school year, for example 2024-2025</source>
        <translation>năm học, ví dụ 2024-2025</translation>
    </message>
    <message>
        <source>account name of the principal</source>
        <translation>tên tài khoản của hiệu trưởng</translation>
    </message>
    <message>
        <source>create a demo school with invented data</source>
        <translation>tạo một trường mẫu với dữ liệu giả định</translation>
    </message>
    <message>
        <source>number that varies the invented data</source>
        <translation>số dùng để thay đổi dữ liệu giả định</translation>
    </message>
    <message>
        <source>unlock and check the database&apos;s integrity</source>
        <translation>mở khóa và kiểm tra tính toàn vẹn của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>tên tài khoản</translation>
    </message>
    <message>
        <source>list, add, change the password of, or remove accounts</source>
        <translation>liệt kê, thêm, đổi mật khẩu hoặc thu hồi tài khoản</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>liệt kê các tài khoản</translation>
    </message>
    <message>
        <source>add an account (its password is the next line on standard input, or prompted)</source>
        <translation>thêm tài khoản (mật khẩu là dòng tiếp theo ở đầu vào chuẩn, hoặc được hỏi khi chạy)</translation>
    </message>
    <message>
        <source>set a new password for an account (your own, or any account if you are the principal)</source>
        <translation>đặt mật khẩu mới cho một tài khoản (của chính bạn, hoặc của bất kỳ tài khoản nào nếu bạn là hiệu trưởng)</translation>
    </message>
    <message>
        <source>remove an account&apos;s access (its history stays)</source>
        <translation>thu hồi quyền truy cập của một tài khoản (lịch sử hoạt động vẫn được giữ)</translation>
    </message>
    <message>
        <source>your account name</source>
        <translation>tên tài khoản của bạn</translation>
    </message>
    <message>
        <source>the account concerned</source>
        <translation>tài khoản cần thao tác</translation>
    </message>
    <message>
        <source>full name of the account holder</source>
        <translation>họ và tên người dùng tài khoản</translation>
    </message>
    <message>
        <source>role of the account</source>
        <translation>vai trò của tài khoản</translation>
    </message>
    <message>
        <source>re-encrypt the database under a new data key (when a staff member leaves)</source>
        <translation>mã hóa lại cơ sở dữ liệu bằng khóa dữ liệu mới (khi có cán bộ nghỉ việc hoặc chuyển công tác)</translation>
    </message>
    <message>
        <source>account to remove at the same time</source>
        <translation>tài khoản cần thu hồi cùng lúc</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>nhật ký truy cập</translation>
    </message>
    <message>
        <source>check that no audit event was changed, removed or reordered</source>
        <translation>kiểm tra để chắc chắn không có sự kiện nào trong nhật ký bị sửa, xóa hoặc đảo thứ tự</translation>
    </message>
    <message>
        <source>a head printed on a report (number of events and hash), to compare with the trail; may be given several times</source>
        <translation>điểm cuối nhật ký in trên báo cáo (số sự kiện và mã băm) để đối chiếu với nhật ký; có thể ghi nhiều lần</translation>
    </message>
    <message>
        <source>make one encrypted backup file (database and keys), for example on a USB drive</source>
        <translation>tạo một tệp sao lưu đã mã hóa (cơ sở dữ liệu và tệp khóa), ví dụ trên USB</translation>
    </message>
    <message>
        <source>backup file to write, or an existing folder (the name is then the date and time)</source>
        <translation>tệp sao lưu cần ghi, hoặc một thư mục có sẵn (khi đó tên tệp là ngày giờ sao lưu)</translation>
    </message>
    <message>
        <source>restore a backup file into a data folder (data already there is kept aside)</source>
        <translation>khôi phục một tệp sao lưu vào thư mục dữ liệu (dữ liệu đang có ở đó được cất riêng)</translation>
    </message>
    <message>
        <source>the backup file (.kimbai-backup)</source>
        <translation>tệp sao lưu (.kimbai-backup)</translation>
    </message>
    <message>
        <source>a principal of the data being replaced (needed when the folder holds a school)</source>
        <translation>tài khoản hiệu trưởng của dữ liệu sắp bị thay thế (cần khi thư mục đã có dữ liệu của trường)</translation>
    </message>
    <message>
        <source>import the pupil list from Excel, or print the register</source>
        <translation>nhập danh sách học sinh từ Excel, hoặc in sổ theo dõi</translation>
    </message>
    <message>
        <source>import pupils from a class list, every sheet that holds one (all or nothing; same mã định danh = update; pupils who left are not added)</source>
        <translation>nhập học sinh từ danh sách lớp, mọi trang tính có danh sách (nhập tất cả hoặc không nhập gì; trùng mã định danh = cập nhật; học sinh đã rời trường không được thêm)</translation>
    </message>
    <message>
        <source>the class list (.xlsx, .xls or .ods)</source>
        <translation>tệp danh sách lớp (.xlsx, .xls hoặc .ods)</translation>
    </message>
    <message>
        <source>import only this sheet (may be given several times; default: every sheet that holds a pupil list)</source>
        <translation>chỉ nhập trang tính này (có thể ghi nhiều lần; mặc định: mọi trang tính có danh sách học sinh)</translation>
    </message>
    <message>
        <source>put back the leading zeros of identifiers that Excel stored as numbers</source>
        <translation>thêm số 0 ở đầu cho các mã định danh bị Excel lưu thành số</translation>
    </message>
    <message>
        <source>check the file and count, without changing anything</source>
        <translation>kiểm tra tệp và đếm, không thay đổi gì</translation>
    </message>
    <message>
        <source>where to copy the rows with errors (default: next to the file)</source>
        <translation>nơi chép các dòng bị lỗi (mặc định: cạnh tệp)</translation>
    </message>
    <message>
        <source>print the register in Vietnamese name order</source>
        <translation>in sổ theo dõi theo thứ tự tên tiếng Việt</translation>
    </message>
    <message>
        <source>only pupils whose name or identifier matches this, accents ignored: whole words first, then word starts, then matches inside a word; a word of one or two letters only matches the start of a word</source>
        <translation>chỉ học sinh có tên hoặc mã định danh khớp với nội dung này, không phân biệt dấu: khớp trọn từ đứng trước, rồi đến khớp đầu từ, sau cùng là khớp ở giữa từ; từ chỉ có một hoặc hai chữ cái chỉ khớp ở đầu từ</translation>
    </message>
    <message>
        <source>only this class, for example 3A</source>
        <translation>chỉ lớp này, ví dụ 3A</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>định dạng kết quả (mặc định: bảng)</translation>
    </message>
    <message>
        <source>case files</source>
        <translation>hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>list the cases you may see: code, status, next deadline (no children&apos;s names)</source>
        <translation>liệt kê các vụ việc bạn được xem: mã, tình trạng, hạn tiếp theo (không có tên trẻ)</translation>
    </message>
    <message>
        <source>only cases with an overdue deadline</source>
        <translation>chỉ các vụ việc đã quá hạn</translation>
    </message>
    <message>
        <source>judge deadlines as on this day (default: today)</source>
        <translation>tính hạn theo ngày này (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>make an official document (PDF or an editable Word .docx in the Nghị định 30 format; the statistics also as .xlsx), numbered in the outgoing-document register</source>
        <translation>lập văn bản hành chính (PDF, hoặc tệp Word .docx để sửa, theo thể thức Nghị định 30; bảng thống kê còn xuất được ra .xlsx), được cấp số trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>the file to write: .pdf, or .docx for a copy to edit in Word (the statistics also .xlsx)</source>
        <translation>tệp cần ghi: .pdf, hoặc .docx để sửa trong Word (bảng thống kê còn có thể là .xlsx)</translation>
    </message>
    <message>
        <source>the inspection of an inspection minute (its number in the inspection log)</source>
        <translation>lần kiểm tra cần lập biên bản (số thứ tự trong sổ kiểm tra)</translation>
    </message>
    <message>
        <source>a complete dossier without the family&apos;s recorded consent: the reason the law allows (the child&apos;s safety, a request of a competent authority); audited and printed in the dossier</source>
        <translation>hồ sơ vụ việc đầy đủ khi chưa ghi nhận sự đồng ý của gia đình: lý do pháp luật cho phép (bảo vệ an toàn của trẻ, yêu cầu của cơ quan có thẩm quyền); được ghi vào nhật ký truy cập và in trong hồ sơ</translation>
    </message>
    <message>
        <source>with --share-reason: the danger, or the authority and its request&apos;s number and date</source>
        <translation>đi kèm --share-reason: trẻ đang gặp nguy hiểm gì, hoặc cơ quan nào yêu cầu, số và ngày của văn bản yêu cầu</translation>
    </message>
    <message>
        <source>statistics to publish (notice board, meeting): counts from 1 to 4 shown as &quot;dưới 5&quot; and the cells that would give them away hidden; the copy for the superior body keeps exact figures</source>
        <translation>số liệu thống kê để công bố (bảng tin, cuộc họp): số từ 1 đến 4 ghi là &quot;dưới 5&quot; và ẩn các ô có thể làm lộ các số đó; bản gửi cơ quan cấp trên vẫn giữ số liệu chính xác</translation>
    </message>
    <message>
        <source>this file holds personal data: put the password that protects it on the next line of standard input</source>
        <translation>tệp này chứa thông tin cá nhân: hãy đưa mật khẩu bảo vệ tệp vào dòng tiếp theo của đầu vào chuẩn</translation>
    </message>
    <message>
        <source>no terminal to ask for the file&apos;s password: use --password-stdin</source>
        <translation>không có cửa sổ dòng lệnh để hỏi mật khẩu của tệp: hãy dùng --password-stdin</translation>
    </message>
    <message>
        <source>Password to protect the file (send it to the recipient separately): </source>
        <translation>Mật khẩu bảo vệ tệp (gửi riêng cho người nhận): </translation>
    </message>
    <message>
        <source>The file&apos;s password again: </source>
        <translation>Nhập lại mật khẩu của tệp: </translation>
    </message>
    <message>
        <source>--head takes the number of events and the hash from the report, as COUNT:HASH</source>
        <translation>--head cần số sự kiện và mã băm in trên báo cáo, viết dạng SỐ:MÃBĂM</translation>
    </message>
    <message>
        <source>Your password was reset by {name} on {when}. If that was not agreed with you, tell the principal. Sealed case files must be given to you again.</source>
        <translation>Mật khẩu của bạn đã được {name} đặt lại lúc {when}. Nếu việc này chưa được bạn đồng ý, hãy báo ngay cho hiệu trưởng. Các hồ sơ niêm phong phải được giao lại cho bạn.</translation>
    </message>
    <message>
        <source>{count} case files that name a member of staff were sealed.</source>
        <translation>Đã niêm phong {count} hồ sơ vụ việc có nêu tên cán bộ, giáo viên, nhân viên nhà trường.</translation>
    </message>
    <message>
        <source>Recovery key for sealed case files (write it down now for the chair of the child-protection board; it is not shown again):</source>
        <translation>Khóa khôi phục hồ sơ niêm phong (hãy ghi lại ngay để trao cho trưởng ban bảo vệ trẻ em của trường; khóa sẽ không hiện lại):</translation>
    </message>
    <message>
        <source>key slot of the recovery key</source>
        <translation>khe khóa của khóa khôi phục</translation>
    </message>
    <message>
        <source>key slot that belongs to no account: it cannot sign in; kimbai rotate-key removes it</source>
        <translation>khe khóa không thuộc tài khoản nào: không dùng được để đăng nhập; lệnh kimbai rotate-key sẽ xóa nó</translation>
    </message>
    <message>
        <source>The database now uses a new data key; the old one opens nothing. The automatic backups in the data folder were replaced by one under the new key. Backups copied elsewhere (USB drives) still open with the old passwords: make a new backup and destroy the old ones.</source>
        <translation>Cơ sở dữ liệu giờ dùng khóa dữ liệu mới; khóa cũ không còn mở được gì. Các bản sao lưu tự động trong thư mục dữ liệu đã được thay bằng một bản dùng khóa mới. Các bản sao lưu đã chép ra nơi khác (USB) vẫn mở được bằng mật khẩu cũ: hãy tạo bản sao lưu mới và hủy các bản cũ.</translation>
    </message>
    <message>
        <source>the file name must end in .pdf or .docx (the statistics may also be .xlsx)</source>
        <translation>tên tệp phải có đuôi .pdf hoặc .docx (bảng thống kê còn có thể là .xlsx)</translation>
    </message>
    <message>
        <source>the document to make (see --list)</source>
        <translation>văn bản cần lập (xem --list)</translation>
    </message>
    <message>
        <source>list the documents that can be made</source>
        <translation>liệt kê các văn bản có thể lập</translation>
    </message>
    <message>
        <source>first day of the period (periodic, training, statistics)</source>
        <translation>ngày đầu của kỳ báo cáo (với các văn bản periodic, training, statistics)</translation>
    </message>
    <message>
        <source>last day of the period (periodic, training, statistics)</source>
        <translation>ngày cuối của kỳ báo cáo (với các văn bản periodic, training, statistics)</translation>
    </message>
    <message>
        <source>semester I or II of the school year (periodic, training, statistics)</source>
        <translation>học kỳ I hoặc II của năm học (với các văn bản periodic, training, statistics)</translation>
    </message>
    <message>
        <source>the activity of an attendance sheet (its number in the training log)</source>
        <translation>hoạt động cần lập danh sách ký tên (số của hoạt động trong sổ tập huấn, tuyên truyền)</translation>
    </message>
    <message>
        <source>case code, for example VV-2024-2025/003</source>
        <translation>mã vụ việc, ví dụ VV-2024-2025/003</translation>
    </message>
    <message>
        <source>plan: the superior body&apos;s instruction it implements, e.g. &quot;Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo&quot;</source>
        <translation>kế hoạch: văn bản chỉ đạo của cấp trên mà kế hoạch thực hiện, ví dụ &quot;Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo&quot;</translation>
    </message>
    <message>
        <source>leave out names, addresses, phone numbers and staff names (case documents)</source>
        <translation>bỏ tên, địa chỉ, số điện thoại và tên cán bộ (văn bản về vụ việc)</translation>
    </message>
    <message>
        <source>write the one-page getting-started guide (PDF, in Vietnamese) to print</source>
        <translation>ghi tờ hướng dẫn cài đặt và bắt đầu sử dụng (một trang PDF tiếng Việt) để in</translation>
    </message>
    <message>
        <source>the file to write (.pdf)</source>
        <translation>tệp cần ghi (.pdf)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>không có mật khẩu ở đầu vào chuẩn</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>không có cửa sổ dòng lệnh để hỏi mật khẩu: hãy dùng --password-stdin</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The school database was created in {folder}.</source>
        <translation>Đã tạo cơ sở dữ liệu của nhà trường tại {folder}.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once; print it or write it down and keep it in the principal&apos;s safe):</source>
        <translation>MÃ KHÔI PHỤC (chỉ hiển thị một lần này; hãy in hoặc chép lại và cất trong tủ an toàn của hiệu trưởng):</translation>
    </message>
    <message>
        <source>Demo school created in {folder}.</source>
        <translation>Đã tạo trường mẫu tại {folder}.</translation>
    </message>
    <message>
        <source>Demo account: {user}  password: {password}</source>
        <translation>Tài khoản mẫu: {user}  mật khẩu: {password}</translation>
    </message>
    <message>
        <source>Other demo accounts, same password: {accounts}</source>
        <translation>Các tài khoản mẫu khác, cùng mật khẩu: {accounts}</translation>
    </message>
    <message>
        <source>Database OK (SQLCipher {cipher}, schema {schema}).</source>
        <translation>Cơ sở dữ liệu không có lỗi (SQLCipher {cipher}, phiên bản cấu trúc {schema}).</translation>
    </message>
    <message>
        <source>the new password must be the second line on standard input</source>
        <translation>mật khẩu mới phải là dòng thứ hai ở đầu vào chuẩn</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Nhập lại mật khẩu mới: </translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>Đã thêm tài khoản {name}.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Account {name} can no longer sign in.</source>
        <translation>Tài khoản {name} không còn đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Đã ghi bản sao lưu: {file}</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}. Unlock it with the passwords or the recovery key valid when the backup was made.</source>
        <translation>Đã khôi phục bản sao lưu vào {folder}. Hãy mở khóa bằng mật khẩu hoặc mã khôi phục còn hiệu lực tại thời điểm sao lưu.</translation>
    </message>
    <message>
        <source>The data that was there before was kept in {folder}.</source>
        <translation>Dữ liệu có ở đó trước đây được giữ lại tại {folder}.</translation>
    </message>
    <message>
        <source>(warning)</source>
        <translation>(lưu ý)</translation>
    </message>
    <message>
        <source>The file is correct; nothing was changed. {created} pupils would be added and {updated} updated.</source>
        <translation>Tệp hợp lệ; chưa có gì thay đổi. Sẽ thêm {created} học sinh và cập nhật {updated} học sinh.</translation>
    </message>
    <message>
        <source>Imported {total} pupils: {created} added, {updated} updated.</source>
        <translation>Đã nhập {total} học sinh: thêm mới {created}, cập nhật {updated}.</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>trang tính {sheet}, dòng {row}, cột {column}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>dòng {row}, cột {column}</translation>
    </message>
    <message>
        <source>Sheets read: {sheets}.</source>
        <translation>Đã đọc các trang tính: {sheets}.</translation>
    </message>
    <message>
        <source>Sheets without a pupil list, not read: {sheets}.</source>
        <translation>Trang tính không có danh sách học sinh, không đọc: {sheets}.</translation>
    </message>
    <message>
        <source>Skipped {count} lines under the tables ({kinds}); they are not pupils.</source>
        <translation>Bỏ qua {count} dòng dưới bảng ({kinds}); đó không phải là học sinh.</translation>
    </message>
    <message>
        <source>{count} pupils have left according to the status column and were not added:</source>
        <translation>{count} học sinh đã rời trường theo cột tình trạng, không được thêm vào sổ:</translation>
    </message>
    <message>
        <source>{count} of them were in the register and are now archived as having left.</source>
        <translation>{count} em trong số đó đã có trong sổ và nay được chuyển vào lưu trữ (đã rời trường).</translation>
    </message>
    <message>
        <source>Leading zeros were put back in {count} identifiers.</source>
        <translation>Đã đặt lại số 0 ở đầu cho {count} mã định danh.</translation>
    </message>
    <message>
        <source>{count} identifiers may have lost their leading zeros (see the warnings); they are kept as read. Run again with --pad-codes to put the zeros back.</source>
        <translation>{count} mã định danh có thể đã mất số 0 ở đầu (xem các cảnh báo); các mã này được giữ nguyên như trong tệp. Chạy lại với --pad-codes để thêm số 0 ở đầu.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp độ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>{count} pupils.</source>
        <translation>{count} học sinh.</translation>
    </message>
    <message>
        <source>--as-of needs a date written as YYYY-MM-DD</source>
        <translation>--as-of cần một ngày viết theo dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Hạn tiếp theo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>name one of the documents that --list shows</source>
        <translation>hãy ghi tên một văn bản có trong danh sách --list</translation>
    </message>
    <message>
        <source>this document needs {options}</source>
        <translation>văn bản này cần có {options}</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD</source>
        <translation>--from và --to cần ngày viết theo dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from must not come after --to</source>
        <translation>--from không được sau --to</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
    <message>
        <source>Written: {file} (number {reference})</source>
        <translation>Đã ghi: {file} (số {reference})</translation>
    </message>
    <message>
        <source>the file name must end in .pdf</source>
        <translation>tên tệp phải có đuôi .pdf</translation>
    </message>
    <message>
        <source>The database is busy because another program is writing to it (KimBai Desktop may be open). Wait a moment and run the command again, or close the other program.</source>
        <translation>Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi (có thể KimBai Desktop đang mở). Hãy đợi một lát rồi chạy lại lệnh, hoặc đóng chương trình kia.</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); nothing more was changed. Please report it.</source>
        <translation>lỗi không mong muốn ({kind}); không có thay đổi nào khác được thực hiện. Vui lòng báo lại lỗi này.</translation>
    </message>
    <message>
        <source>handover package of a pupil who changed school: make, import, log</source>
        <translation>gói hồ sơ của học sinh chuyển trường: lập, nhận, sổ chuyển hồ sơ</translation>
    </message>
    <message>
        <source>make the encrypted, signed package of a pupil marked “Chuyển trường” and print its one-time passphrase</source>
        <translation>lập gói hồ sơ (mã hóa, có chữ ký số) của học sinh đã ghi “Chuyển trường” và in mật khẩu dùng một lần</translation>
    </message>
    <message>
        <source>the pupil&apos;s number (mã định danh)</source>
        <translation>mã định danh của học sinh</translation>
    </message>
    <message>
        <source>the package file to write (.kimbai-handover)</source>
        <translation>tệp gói hồ sơ cần ghi (.kimbai-handover)</translation>
    </message>
    <message>
        <source>a case file to include (may be given several times; default: every case file of the pupil you can read)</source>
        <translation>hồ sơ vụ việc đưa vào gói (có thể ghi nhiều lần; mặc định: mọi hồ sơ vụ việc của học sinh mà bạn được xem)</translation>
    </message>
    <message>
        <source>name of the receiving school</source>
        <translation>tên trường nhận</translation>
    </message>
    <message>
        <source>the principal who approves (when you are not the principal); their password is the next line on standard input, or prompted</source>
        <translation>hiệu trưởng phê duyệt (khi bạn không phải hiệu trưởng); mật khẩu của hiệu trưởng là dòng tiếp theo trên đầu vào chuẩn, hoặc được hỏi khi chạy</translation>
    </message>
    <message>
        <source>also write the handover slip (with the passphrase) and the receipt to sign (FILE-bien-nhan.pdf)</source>
        <translation>ghi thêm biên bản bàn giao (có mật khẩu) và giấy biên nhận để bên nhận ký (TỆP-bien-nhan.pdf)</translation>
    </message>
    <message>
        <source>import a package from another school: the passphrase is the next line on standard input, or prompted; shows what it holds before anything is written</source>
        <translation>nhận gói hồ sơ của trường khác: mật khẩu của gói là dòng tiếp theo trên đầu vào chuẩn, hoặc được hỏi khi chạy; cho xem nội dung gói trước khi ghi bất cứ gì</translation>
    </message>
    <message>
        <source>the package file</source>
        <translation>tệp gói hồ sơ</translation>
    </message>
    <message>
        <source>import without asking</source>
        <translation>nhận gói mà không hỏi lại</translation>
    </message>
    <message>
        <source>add the pupil to the register when no pupil has the same number</source>
        <translation>thêm học sinh vào sổ theo dõi khi chưa có học sinh nào cùng mã định danh</translation>
    </message>
    <message>
        <source>the pupil here this package is about (when the numbers differ)</source>
        <translation>học sinh của trường mình mà gói này nói đến (khi mã định danh khác nhau)</translation>
    </message>
    <message>
        <source>write the receipt to sign and send back to the sending school</source>
        <translation>ghi giấy biên nhận để ký và gửi lại trường giao</translation>
    </message>
    <message>
        <source>the packages sent and received, with their receipts</source>
        <translation>các gói hồ sơ đã gửi và đã nhận, kèm tình trạng giấy biên nhận</translation>
    </message>
    <message>
        <source>write the log as a document to print</source>
        <translation>ghi sổ chuyển hồ sơ thành văn bản để in</translation>
    </message>
    <message>
        <source>record that the receiving school&apos;s signed receipt came back</source>
        <translation>ghi nhận đã nhận lại giấy biên nhận có chữ ký của trường nhận</translation>
    </message>
    <message>
        <source>the handover&apos;s number in the log</source>
        <translation>số thứ tự của lượt chuyển trong sổ</translation>
    </message>
    <message>
        <source>the day the receipt came back</source>
        <translation>ngày nhận lại giấy biên nhận</translation>
    </message>
    <message>
        <source>who signed it at the receiving school</source>
        <translation>người ký giấy biên nhận ở trường nhận</translation>
    </message>
    <message>
        <source>Left out: case file {code} is sealed and you do not hold its key.</source>
        <translation>Không đưa vào: hồ sơ {code} được niêm phong và bạn không giữ khóa của hồ sơ này.</translation>
    </message>
    <message>
        <source>Principal&apos;s password: </source>
        <translation>Mật khẩu của hiệu trưởng: </translation>
    </message>
    <message>
        <source>the principal&apos;s password must be the next line on standard input</source>
        <translation>mật khẩu của hiệu trưởng phải là dòng tiếp theo trên đầu vào chuẩn</translation>
    </message>
    <message>
        <source>Package written: {file} ({count} case files).</source>
        <translation>Đã ghi gói hồ sơ: {file} ({count} hồ sơ vụ việc).</translation>
    </message>
    <message>
        <source>ONE-TIME PASSPHRASE (give it to the receiving school by another way than the file, for example on the printed handover slip):</source>
        <translation>MẬT KHẨU DÙNG MỘT LẦN (chuyển cho trường nhận bằng đường khác với tệp, ví dụ ghi trên biên bản bàn giao in ra):</translation>
    </message>
    <message>
        <source>This school&apos;s key: {fingerprint}</source>
        <translation>Dấu nhận dạng khóa của trường: {fingerprint}</translation>
    </message>
    <message>
        <source>first package from this school: compare the key with the one on the handover slip, or by telephone</source>
        <translation>gói đầu tiên từ trường này: hãy so dấu nhận dạng khóa với biên bản bàn giao hoặc gọi điện hỏi trường gửi</translation>
    </message>
    <message>
        <source>same key as this school&apos;s earlier packages</source>
        <translation>trùng khóa với các gói trước của trường này</translation>
    </message>
    <message>
        <source>WARNING: this school signed its earlier packages with another key. Telephone the school to check before importing.</source>
        <translation>CẢNH BÁO: các gói trước của trường này được ký bằng khóa khác. Hãy gọi điện cho trường gửi để kiểm tra trước khi nhận.</translation>
    </message>
    <message>
        <source>From: {school} ({code}), school year {year}, made on {when}</source>
        <translation>Trường gửi: {school} ({code}), năm học {year}, lập lúc {when}</translation>
    </message>
    <message>
        <source>Signing key: {fingerprint} ({state})</source>
        <translation>Khóa ký: {fingerprint} ({state})</translation>
    </message>
    <message>
        <source>Made by {made}, approved by {approved}</source>
        <translation>Người lập: {made}; người phê duyệt: {approved}</translation>
    </message>
    <message>
        <source>Pupil: {name}, number {code}, born {born}</source>
        <translation>Học sinh: {name}, mã định danh {code}, ngày sinh {born}</translation>
    </message>
    <message>
        <source>Protection level changes: {levels}; special circumstances: {groups}; reviews: {reviews}</source>
        <translation>Số lần thay đổi cấp độ bảo vệ: {levels}; hoàn cảnh đặc biệt: {groups}; lần rà soát: {reviews}</translation>
    </message>
    <message>
        <source>Case file {code}: {entries} chronology entries, {files} documents</source>
        <translation>Hồ sơ {code}: {entries} ghi chép diễn biến, {files} tài liệu</translation>
    </message>
    <message>
        <source>Same pupil number as {name} in this school&apos;s register.</source>
        <translation>Trùng mã định danh với học sinh {name} trong sổ theo dõi của trường.</translation>
    </message>
    <message>
        <source>Handover passphrase: </source>
        <translation>Mật khẩu gói hồ sơ: </translation>
    </message>
    <message>
        <source>the passphrase must be the second line on standard input</source>
        <translation>mật khẩu của gói phải là dòng thứ hai trên đầu vào chuẩn</translation>
    </message>
    <message>
        <source>This package was imported before; nothing was changed.</source>
        <translation>Gói này đã được nhận trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Import this package? Type “co” to import: </source>
        <translation>Nhận gói hồ sơ này? Gõ “co” để nhận: </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhận gì.</translation>
    </message>
    <message>
        <source>Imported as number {id} in the transfer log; the sending school&apos;s chronology ({entries} entries) is kept read-only and its hash chain is intact.</source>
        <translation>Đã nhận, số {id} trong sổ chuyển hồ sơ; diễn biến do trường gửi ghi ({entries} ghi chép) được giữ nguyên, chỉ để xem, chuỗi kiểm tra toàn vẹn không bị sửa.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gửi đi</translation>
    </message>
    <message>
        <source>received</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <source>receipt {date}</source>
        <translation>đã có biên nhận {date}</translation>
    </message>
    <message>
        <source>NO RECEIPT (overdue)</source>
        <translation>CHƯA CÓ BIÊN NHẬN (quá hạn)</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>chưa có biên nhận</translation>
    </message>
    <message>
        <source>the date must be written YYYY-MM-DD</source>
        <translation>ngày phải viết theo dạng NNNN-TT-NN (năm-tháng-ngày)</translation>
    </message>
    <message>
        <source>Receipt recorded.</source>
        <translation>Đã ghi nhận giấy biên nhận.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <source>Write why the case is reopened; the reason goes into the chronology.</source>
        <translation>Hãy ghi lý do mở lại hồ sơ; lý do được ghi vào diễn biến vụ việc.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>The review decided to close the case and the written result report is recorded. After closing, nothing more can be added unless the case is reopened.</source>
        <translation>Kết quả rà soát là kết thúc hồ sơ và báo cáo kết quả bằng văn bản đã được ghi nhận. Sau khi kết thúc, không thể bổ sung gì thêm trừ khi mở lại hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>&amp;Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Closing note:</source>
        <translation>&amp;Ghi chú khi kết thúc:</translation>
    </message>
    <message>
        <source>For example: the child is safe; the family is supported.</source>
        <translation>Ví dụ: trẻ đã an toàn; gia đình đang được hỗ trợ.</translation>
    </message>
    <message>
        <source>Write why the case is reopened.</source>
        <translation>Hãy ghi lý do mở lại hồ sơ.</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>Full name and class, e.g. Nguyễn Văn An, 3A</source>
        <translation>Họ tên và lớp, ví dụ: Nguyễn Văn An, 3A</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>không rõ tuổi</translation>
    </message>
    <message>
        <source>What you saw or heard, in the child&apos;s own words where you can.</source>
        <translation>Những gì thầy cô đã thấy hoặc nghe, ghi đúng lời của trẻ nếu có thể.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>e.g. the schoolyard, the classroom</source>
        <translation>ví dụ: sân trường, lớp học</translation>
    </message>
    <message>
        <source>The child is in danger now (urgent)</source>
        <translation>Trẻ đang gặp nguy hiểm (khẩn cấp)</translation>
    </message>
    <message>
        <source>e.g. separated the children, called the parents</source>
        <translation>ví dụ: đã tách các em ra, đã gọi cho cha mẹ</translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation>&amp;Học sinh:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Trẻ:</translation>
    </message>
    <message>
        <source>Or &amp;by name:</source>
        <translation>Hoặc ghi &amp;tên:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Sự việc:</translation>
    </message>
    <message>
        <source>&amp;Kind of harm:</source>
        <translation>&amp;Loại xâm hại:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>Ở đâ&amp;u:</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>&amp;Khi nào:</translation>
    </message>
    <message>
        <source>What &amp;I did:</source>
        <translation>Tôi đã &amp;làm gì:</translation>
    </message>
    <message>
        <source>&amp;Send to the child protection lead</source>
        <translation>&amp;Gửi cho người phụ trách bảo vệ trẻ em</translation>
    </message>
    <message>
        <source>Write the child&apos;s name (or pick the pupil).</source>
        <translation>Hãy ghi tên trẻ (hoặc chọn học sinh).</translation>
    </message>
    <message>
        <source>Write what happened, even in a few words.</source>
        <translation>Hãy ghi sự việc, dù chỉ vài chữ.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Đang gửi...</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Report a concern about a child</source>
        <translation>Báo tin về một trẻ em</translation>
    </message>
    <message>
        <source>Tell the school&apos;s child protection lead what you saw or heard, as soon as you can. Only the lead and the principal can read it. If the child is in danger now, also call hotline 111 or the police (113).</source>
        <translation>Hãy báo ngay cho người phụ trách bảo vệ trẻ em của trường những gì thầy cô đã thấy hoặc nghe. Chỉ người phụ trách và hiệu trưởng đọc được tin báo. Nếu trẻ đang gặp nguy hiểm, hãy gọi thêm Tổng đài 111 hoặc công an (113).</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Thời điểm gửi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>My concerns</source>
        <translation>Tin báo của tôi</translation>
    </message>
    <message>
        <source>What happened next is kept confidential; you see only where each concern is.</source>
        <translation>Việc xử lý tiếp theo được giữ bí mật; thầy cô chỉ xem được mỗi tin báo đang ở giai đoạn nào.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Chưa có tin báo nào.</translation>
    </message>
    <message>
        <source>✔ Sent. The child protection lead has been told. Case number: {code}.</source>
        <translation>✔ Đã gửi. Người phụ trách bảo vệ trẻ em đã nhận được tin báo. Mã vụ việc: {code}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Who consented</source>
        <translation>Người đồng ý</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>Nội dung đồng ý</translation>
    </message>
    <message>
        <source>The child agreed</source>
        <translation>Trẻ đồng ý</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>e.g. mother, grandfather</source>
        <translation>ví dụ: mẹ, ông nội</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>The child agreed as well</source>
        <translation>Trẻ cũng đồng ý</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>From age 7 the child&apos;s own agreement is needed to disclose their information.</source>
        <translation>Từ đủ 7 tuổi, cần có cả sự đồng ý của chính trẻ để tiết lộ thông tin của trẻ.</translation>
    </message>
    <message>
        <source>&amp;Who consented:</source>
        <translation>&amp;Người đồng ý:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Quan hệ với trẻ:</translation>
    </message>
    <message>
        <source>To &amp;what:</source>
        <translation>Đồng ý &amp;việc gì:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>&amp;Tuổi của trẻ:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Record the &amp;consent</source>
        <translation>Ghi nhận &amp;sự đồng ý</translation>
    </message>
    <message>
        <source>Save the &amp;note</source>
        <translation>&amp;Lưu ghi chú</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>What must be withheld from whom</source>
        <translation>Thông tin cần giữ kín với ai</translation>
    </message>
    <message>
        <source>For example: do not tell the father where the child is staying.</source>
        <translation>Ví dụ: không cho người cha biết trẻ đang ở đâu.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Enter the date (dd/mm/yyyy) or pick it from the calendar.</source>
        <translation>Hãy nhập ngày (ngày/tháng/năm) hoặc chọn trên lịch.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <source>The consent is recorded.</source>
        <translation>Đã ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <source>The note is saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Counts only: no child is named here.</source>
        <translation>Chỉ có số lượng, không nêu tên trẻ em nào.</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Vụ việc theo tình trạng xử lý</translation>
    </message>
    <message>
        <source>No case in this school year.</source>
        <translation>Năm học này chưa có vụ việc nào.</translation>
    </message>
    <message>
        <source>Cases by form of abuse</source>
        <translation>Vụ việc theo hình thức xâm hại</translation>
    </message>
    <message>
        <source>A case may have several forms; forms with no case are left out.</source>
        <translation>Một vụ việc có thể có nhiều hình thức xâm hại; không hiện các hình thức chưa có vụ việc nào.</translation>
    </message>
    <message>
        <source>Children in the register by protection level</source>
        <translation>Trẻ em trong sổ theo dõi theo cấp độ bảo vệ</translation>
    </message>
    <message>
        <source>No child in the register.</source>
        <translation>Sổ theo dõi chưa có trẻ em nào.</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>Rà soát định kỳ</translation>
    </message>
    <message>
        <source>Children in special circumstances by group</source>
        <translation>Trẻ em có hoàn cảnh đặc biệt theo nhóm</translation>
    </message>
    <message>
        <source>The groups of Article 10 of the Law on Children; a child may be in several. Point at a bar to read the whole wording.</source>
        <translation>Các nhóm theo Điều 10 Luật Trẻ em; một trẻ có thể thuộc nhiều nhóm. Đưa chuột vào từng thanh để đọc đầy đủ tên nhóm.</translation>
    </message>
    <message>
        <source>No child in a special circumstance.</source>
        <translation>Không có trẻ em nào có hoàn cảnh đặc biệt.</translation>
    </message>
    <message>
        <source>Targets of the school year</source>
        <translation>Chỉ tiêu năm học</translation>
    </message>
    <message>
        <source>No target was set for this school year.</source>
        <translation>Năm học này chưa đặt chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>Figures of the school year {year}</source>
        <translation>Số liệu năm học {year}</translation>
    </message>
    <message>
        <source>{n} cases received in the school year {year}, all of the school&apos;s.</source>
        <translation>Trong năm học {year} đã tiếp nhận {n} vụ việc (toàn trường).</translation>
    </message>
    <message>
        <source>{n} cases received in the school year {year}.</source>
        <translation>Trong năm học {year} đã tiếp nhận {n} vụ việc.</translation>
    </message>
    <message>
        <source>Click to list these cases.</source>
        <translation>Bấm để xem danh sách các vụ việc này.</translation>
    </message>
    <message>
        <source>Click to show these children in the register.</source>
        <translation>Bấm để xem các trẻ này trong sổ theo dõi.</translation>
    </message>
    <message>
        <source>{n} children in the register today, {r} of them at risk.</source>
        <translation>Hôm nay sổ theo dõi có {n} trẻ em, trong đó {r} trẻ có nguy cơ.</translation>
    </message>
    <message>
        <source>Due: today or within the next {n} days.</source>
        <translation>Đến hạn: hôm nay hoặc trong {n} ngày tới.</translation>
    </message>
    <message>
        <source>Targets of the school year {year}</source>
        <translation>Chỉ tiêu năm học {year}</translation>
    </message>
    <message>
        <source>{met} of {n} targets met, from the activities and attendance recorded.</source>
        <translation>Đạt {met}/{n} chỉ tiêu, tính từ các hoạt động và danh sách tham dự đã ghi.</translation>
    </message>
    <message>
        <source>Click to open the targets.</source>
        <translation>Bấm để mở danh sách chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
</context>
<context>
    <name>DeadlineTexts</name>
    <message>
        <source>Waiting for {who} to draw up the plan.</source>
        <translation>Đang chờ {who} lập kế hoạch hỗ trợ, can thiệp.</translation>
    </message>
    <message>
        <source>Waiting for {who}: {step}.</source>
        <translation>Đang chờ {who}: {step}.</translation>
    </message>
    <message>
        <source>Their deadline has passed: call them to follow up.</source>
        <translation>Đã quá hạn của cơ quan đó: hãy gọi điện hỏi lại để đôn đốc.</translation>
    </message>
    <message>
        <source>If nothing has come by {time}, call them to follow up.</source>
        <translation>Nếu đến {time} vẫn chưa có, hãy gọi điện hỏi lại.</translation>
    </message>
</context>
<context>
    <name>DestructionDialog</name>
    <message>
        <source>Destroy a record at the end of its retention period</source>
        <translation>Hủy hồ sơ hết thời hạn bảo quản</translation>
    </message>
    <message>
        <source>WITNESS</source>
        <translation>NGƯỜI CHỨNG KIẾN</translation>
    </message>
    <message>
        <source>&amp;Save the record as PDF…</source>
        <translation>&amp;Lưu biên bản ra tệp PDF…</translation>
    </message>
    <message>
        <source>The record is printed and signed by both people</source>
        <translation>Biên bản đã được in và hai người đã ký</translation>
    </message>
    <message>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Hủy vĩnh viễn</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Thời hạn bảo quản:</translation>
    </message>
    <message>
        <source>{years} years, over since {date}</source>
        <translation>{years} năm, hết hạn từ {date}</translation>
    </message>
    <message>
        <source>Second &amp;signer:</source>
        <translation>Người &amp;ký thứ hai:</translation>
    </message>
    <message>
        <source>Their &amp;position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>1. Choose who signs with the principal. 2. Save the record and print it; both people sign it. 3. Tick the box and destroy: the content is deleted for good, only the code, the dates and the record&apos;s hash stay.</source>
        <translation>1. Chọn người cùng ký với hiệu trưởng. 2. Lưu biên bản rồi in; hai người ký. 3. Đánh dấu ô xác nhận rồi hủy: nội dung hồ sơ bị xóa vĩnh viễn, chỉ còn mã hồ sơ, các ngày và mã băm.</translation>
    </message>
    <message>
        <source>Save the destruction record</source>
        <translation>Lưu biên bản hủy</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record {number} is saved. Print it, have it signed, then tick the box.</source>
        <translation>Đã lưu biên bản số {number}. Hãy in, ký rồi đánh dấu ô xác nhận.</translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation>Hủy vĩnh viễn</translation>
    </message>
    <message>
        <source>Delete the content of {code} for good? It cannot be undone; only the code, the dates and the hash stay.</source>
        <translation>Xóa vĩnh viễn nội dung hồ sơ {code}? Không thể hoàn tác; chỉ còn lại mã hồ sơ, các ngày và mã băm.</translation>
    </message>
</context>
<context>
    <name>DestructionFrame</name>
    <message>
        <source>Due for destruction</source>
        <translation>Đến hạn hủy</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Retention over since</source>
        <translation>Hết hạn bảo quản từ</translation>
    </message>
    <message>
        <source>Make the &amp;destruction record…</source>
        <translation>Lập &amp;biên bản hủy…</translation>
    </message>
    <message>
        <source>Their retention period (Cài đặt) is over. The principal prints a destruction record signed by two people; only then is the content deleted for good.</source>
        <translation>Các hồ sơ này đã hết thời hạn bảo quản (Cài đặt). Hiệu trưởng in biên bản hủy có hai người ký; sau đó nội dung mới bị xóa vĩnh viễn.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>No pupil selected</source>
        <translation>Chưa chọn học sinh</translation>
    </message>
    <message>
        <source>Choose a pupil in the list to see the details.</source>
        <translation>Chọn một học sinh trong danh sách để xem chi tiết.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Change the pupil&apos;s details (Ctrl+E)</source>
        <translation>Sửa thông tin học sinh (Ctrl+E)</translation>
    </message>
    <message>
        <source>Add a &amp;group</source>
        <translation>Thêm &amp;nhóm</translation>
    </message>
    <message>
        <source>Add a special circumstance group (Ctrl+G)</source>
        <translation>Thêm nhóm hoàn cảnh đặc biệt (Ctrl+G)</translation>
    </message>
    <message>
        <source>At ris&amp;k</source>
        <translation>Có ng&amp;uy cơ</translation>
    </message>
    <message>
        <source>Mark the child at risk, with the risk factors (Ctrl+K)</source>
        <translation>Đánh dấu trẻ có nguy cơ, kèm các yếu tố nguy cơ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Change the le&amp;vel</source>
        <translation>Đổi &amp;cấp độ</translation>
    </message>
    <message>
        <source>Change the protection level (Ctrl+M)</source>
        <translation>Thay đổi cấp độ bảo vệ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Rà soát</translation>
    </message>
    <message>
        <source>Record a periodic review (Ctrl+R)</source>
        <translation>Ghi kết quả rà soát định kỳ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Lea&amp;ves school...</source>
        <translation>Rời &amp;trường...</translation>
    </message>
    <message>
        <source>Transferred, completed primary school or left school</source>
        <translation>Chuyển trường, hoàn thành chương trình tiểu học hoặc thôi học</translation>
    </message>
    <message>
        <source>Hando&amp;ver package...</source>
        <translation>&amp;Hồ sơ chuyển trường...</translation>
    </message>
    <message>
        <source>The records of a pupil who changed school, for the new school</source>
        <translation>Lập gói hồ sơ của học sinh chuyển trường để gửi trường mới</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation>Cha mẹ, người giám hộ</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>Hoàn cảnh đặc biệt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Nguy cơ</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>Cấp độ bảo vệ</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <source>Case files (Hồ sơ vụ việc)</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Who has seen or changed this entry</source>
        <translation>Ai đã xem, sửa thông tin của trẻ này</translation>
    </message>
    <message>
        <source>Opens the access log on this child&apos;s entry</source>
        <translation>Mở nhật ký truy cập về thông tin của trẻ này</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>chưa có mã định danh</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>lớp {name}</translation>
    </message>
    <message>
        <source>Not in any class.</source>
        <translation>Chưa xếp lớp.</translation>
    </message>
    <message>
        <source>not known (about {age} years old)</source>
        <translation>không rõ (khoảng {age} tuổi)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>từ {start}</translation>
    </message>
    <message>
        <source>from {start} to {end} (ended)</source>
        <translation>từ {start} đến {end} (đã kết thúc)</translation>
    </message>
    <message>
        <source>End...</source>
        <translation>Kết thúc...</translation>
    </message>
    <message>
        <source>The child is no longer in this group</source>
        <translation>Trẻ không còn thuộc nhóm này</translation>
    </message>
    <message>
        <source>At risk of falling into special circumstances</source>
        <translation>Có nguy cơ rơi vào hoàn cảnh đặc biệt</translation>
    </message>
    <message>
        <source>Not marked at risk.</source>
        <translation>Chưa được đánh dấu có nguy cơ.</translation>
    </message>
    <message>
        <source>Next review: {when}</source>
        <translation>Rà soát tiếp theo: {when}</translation>
    </message>
    <message>
        <source>recorded by {who}, {when}</source>
        <translation>{who} ghi lúc {when}</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Chưa rà soát lần nào.</translation>
    </message>
    <message>
        <source>The school&apos;s own criteria: </source>
        <translation>Tiêu chí của nhà trường: </translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Đang tải...</translation>
    </message>
    <message>
        <source>No case file.</source>
        <translation>Không có hồ sơ vụ việc.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Checked, usable</source>
        <translation>Đã kiểm tra, dùng được</translation>
    </message>
    <message>
        <source>Damaged, cannot be used</source>
        <translation>Bị hỏng, không dùng được</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.

Keep as a draft: close now and finish it later; it is offered again the next time you open this form.
Discard: close and throw it away.
Go back: return to the form.</source>
        <translation>Những gì bạn đã nhập trong cửa sổ này chưa được lưu.

Giữ làm bản nháp: đóng lại và làm tiếp sau; lần sau mở lại biểu mẫu này, bản nháp sẽ được đưa ra để khôi phục.
Bỏ đi: đóng lại và không giữ những gì đã nhập.
Quay lại: trở về biểu mẫu.</translation>
    </message>
    <message>
        <source>&amp;Keep as a draft</source>
        <translation>&amp;Giữ làm bản nháp</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved. Close it and lose it?</source>
        <translation>Những gì bạn đã nhập trong cửa sổ này chưa được lưu. Đóng cửa sổ và bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Bản nháp chưa lưu</translation>
    </message>
    <message>
        <source>There is a draft you did not save, from {time}. Restore it?

Restore: put what you typed back into the form.
Delete the draft: throw it away and start with an empty form.</source>
        <translation>Có bản nháp chưa lưu lúc {time}. Khôi phục bản nháp này?

Khôi phục: đưa những gì bạn đã nhập trở lại biểu mẫu.
Xóa bản nháp: bỏ bản nháp và bắt đầu với biểu mẫu trống.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation>&amp;Xóa bản nháp</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>&amp;Mở vụ việc đã chọn</translation>
    </message>
    <message>
        <source>Save as a &amp;new case anyway</source>
        <translation>Vẫn lưu thành vụ việc &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Quay lại biểu mẫu</translation>
    </message>
    <message>
        <source>Is this case already recorded?</source>
        <translation>Vụ việc này đã được ghi nhận chưa?</translation>
    </message>
    <message>
        <source>These cases about the same child were received within two weeks of this one. Open the existing case and add to it, or save this one as a new case.</source>
        <translation>Các vụ việc dưới đây liên quan đến cùng một trẻ và được tiếp nhận trong vòng hai tuần so với vụ việc này. Hãy mở vụ việc đã có để bổ sung, hoặc lưu vụ việc này thành vụ việc mới.</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>phút</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Enter the date (dd/mm/yyyy) or pick it from the calendar.</source>
        <translation>Hãy nhập ngày (ngày/tháng/năm) hoặc chọn trên lịch.</translation>
    </message>
</context>
<context>
    <name>EndCircumstanceDialog</name>
    <message>
        <source>End a special circumstance</source>
        <translation>Kết thúc nhóm hoàn cảnh đặc biệt</translation>
    </message>
    <message>
        <source>{group}, since {start}. The group stays in the child&apos;s history with the day it ended.</source>
        <translation>{group}, từ {start}. Nhóm này vẫn được giữ trong lịch sử của trẻ, kèm ngày kết thúc.</translation>
    </message>
    <message>
        <source>&amp;End the group</source>
        <translation>&amp;Kết thúc nhóm</translation>
    </message>
    <message>
        <source>&amp;Ended on *</source>
        <translation>&amp;Ngày kết thúc *</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Add a chronology entry</source>
        <translation>Thêm ghi chép vào diễn biến</translation>
    </message>
    <message>
        <source>Write what happened, in plain words: what was seen or said, by whom, and what was done. If it happened earlier, set the time it happened: the entry takes its place in the story and is marked as added later.</source>
        <translation>Hãy ghi sự việc bằng lời lẽ đơn giản: đã thấy gì hoặc ai đã nói gì, và đã làm gì. Nếu sự việc xảy ra trước đó, hãy ghi đúng thời điểm xảy ra: ghi chép sẽ được xếp đúng chỗ trong diễn biến và được đánh dấu là ghi bổ sung.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>Thời điểm &amp;xảy ra:</translation>
    </message>
    <message>
        <source>HH:mm dd/mm/yyyy, school time.</source>
        <translation>giờ:phút ngày/tháng/năm, theo giờ tại trường.</translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>Đính chính ghi chép</translation>
    </message>
    <message>
        <source>The entry below stays as it was written. Your correction is added as a new entry, linked to it, with your name and the time.</source>
        <translation>Ghi chép dưới đây được giữ nguyên như khi viết. Nội dung đính chính được thêm thành một ghi chép mới, gắn với ghi chép này, kèm tên của bạn và thời điểm ghi.</translation>
    </message>
    <message>
        <source>&amp;Add the correction</source>
        <translation>&amp;Thêm đính chính</translation>
    </message>
    <message>
        <source>Entry no. {seq}:</source>
        <translation>Ghi chép số {seq}:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>Nội dung đính &amp;chính:</translation>
    </message>
    <message>
        <source>Body &amp;map:</source>
        <translation>&amp;Sơ đồ thương tích:</translation>
    </message>
    <message>
        <source>What the child said, in their own words and in quotation marks where you can, and what the child wants to happen.</source>
        <translation>Những gì trẻ nói, ghi đúng lời của trẻ và đặt trong ngoặc kép khi có thể, và trẻ mong muốn điều gì.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Hãy ghi diễn biến sự việc.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Hãy ghi nội dung đính chính.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The integrity check found damage. Do not write to this database; restore the latest backup.</source>
        <translation>Kiểm tra tính toàn vẹn phát hiện dữ liệu bị hỏng. Không ghi thêm vào cơ sở dữ liệu này; hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact: {first}</source>
        <translation>Nhật ký truy cập KHÔNG còn nguyên vẹn: {first}</translation>
    </message>
    <message>
        <source>No consent of the family is recorded for sharing this dossier; nothing was written. Record the consent in KimBai Desktop (“Consent...” in the case file), or give the reason the law allows with --share-reason and --share-note.</source>
        <translation>Chưa ghi nhận sự đồng ý của gia đình để cung cấp hồ sơ này; chưa ghi tệp nào. Hãy ghi nhận sự đồng ý trong KimBai Desktop (nút “Sự đồng ý...” trong hồ sơ vụ việc), hoặc nêu lý do pháp luật cho phép bằng --share-reason và --share-note.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Đã có lỗi xảy ra. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Some information is missing or not valid. Please check the marked fields.</source>
        <translation>Một số thông tin còn thiếu hoặc chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.</translation>
    </message>
    <message>
        <source>This data folder has no KimBai database yet. Run the first-time setup (kimbai init) or choose another folder.</source>
        <translation>Thư mục dữ liệu này chưa có cơ sở dữ liệu KimBai. Hãy chạy thiết lập lần đầu (kimbai init) hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>This data folder already holds KimBai files (a database, a key file or backups). Nothing was changed. Choose an empty folder; to bring back a school, restore a backup instead.</source>
        <translation>Thư mục dữ liệu này đã có tệp của KimBai (cơ sở dữ liệu, tệp khóa hoặc bản sao lưu). Không thay đổi gì. Hãy chọn một thư mục trống; nếu muốn lấy lại dữ liệu của trường, hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database file (kimbai.db) is missing from this data folder, but the key file or backups are still there. Do not set up a new school here: restore the latest backup, or put kimbai.db back.</source>
        <translation>Thư mục dữ liệu này thiếu tệp cơ sở dữ liệu (kimbai.db), nhưng tệp khóa hoặc các bản sao lưu vẫn còn. Đừng khởi tạo trường mới ở đây: hãy khôi phục bản sao lưu gần nhất, hoặc đặt lại tệp kimbai.db vào chỗ cũ.</translation>
    </message>
    <message>
        <source>The account name or password is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Tên tài khoản hoặc mật khẩu không đúng. Hãy kiểm tra chế độ gõ tiếng Việt và phím Caps Lock rồi thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait {seconds} seconds before trying again.</source>
        <translation>Đã nhập sai mật khẩu quá nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the principal to reactivate it.</source>
        <translation>Tài khoản này đã bị khóa. Hãy đề nghị hiệu trưởng mở lại.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been changed outside KimBai. Do not write to it; restore the latest backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng hoặc đã bị thay đổi bên ngoài KimBai. Không ghi thêm vào tệp này; hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>The key file (kimbai.keys) is missing, damaged or belongs to another database. Restore it from a backup.</source>
        <translation>Tệp khóa (kimbai.keys) bị thiếu, bị hỏng hoặc thuộc về một cơ sở dữ liệu khác. Hãy khôi phục tệp này từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The encryption library is not SQLCipher 4. Reinstall KimBai Desktop.</source>
        <translation>Thư viện mã hóa không phải SQLCipher 4. Hãy cài đặt lại KimBai Desktop.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of KimBai Desktop. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản KimBai Desktop mới hơn. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>KimBai Desktop is open on this computer; close it first.</source>
        <translation>KimBai Desktop đang mở trên máy này; hãy đóng nó trước.</translation>
    </message>
    <message>
        <source>The database is busy because another program is writing to it (for example a kimbai command or another KimBai Desktop window). Wait a moment and try again, or close the other program.</source>
        <translation>Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi (ví dụ một lệnh kimbai hoặc một cửa sổ KimBai Desktop khác). Hãy đợi một lát rồi thử lại, hoặc đóng chương trình kia.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy hoặc không ghi được. Chưa có gì được lưu; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask the principal if you need access.</source>
        <translation>Tài khoản của bạn không có quyền thực hiện việc này. Hãy hỏi hiệu trưởng nếu bạn cần quyền truy cập.</translation>
    </message>
    <message>
        <source>This backup file cannot be used: it is missing, damaged, incomplete or not a KimBai backup. Nothing was changed; choose another backup file.</source>
        <translation>Không dùng được tệp sao lưu này: tệp bị thiếu, bị hỏng, không đầy đủ hoặc không phải bản sao lưu KimBai. Chưa có gì bị thay đổi; hãy chọn tệp sao lưu khác.</translation>
    </message>
    <message>
        <source>A file with this name already exists there. Nothing was overwritten; choose another name or folder.</source>
        <translation>Ở đó đã có một tệp cùng tên. Không có gì bị ghi đè; hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>The chosen folder does not exist or is not connected. Plug in the USB drive or choose another folder, then try again.</source>
        <translation>Thư mục đã chọn không tồn tại hoặc chưa được kết nối. Hãy cắm USB hoặc chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Hãy nhập tên trường.</translation>
    </message>
    <message>
        <source>Enter the superior body (cơ quan chủ quản).</source>
        <translation>Hãy nhập cơ quan chủ quản.</translation>
    </message>
    <message>
        <source>Enter the place name used in document dates.</source>
        <translation>Hãy nhập địa danh dùng ở dòng ngày tháng của văn bản.</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s full name.</source>
        <translation>Hãy nhập họ và tên hiệu trưởng.</translation>
    </message>
    <message>
        <source>Enter the document symbol, for example THKB.</source>
        <translation>Hãy nhập chữ viết tắt tên trường, ví dụ THKB.</translation>
    </message>
    <message>
        <source>Enter the school year, for example 2024-2025.</source>
        <translation>Hãy nhập năm học, ví dụ 2024-2025.</translation>
    </message>
    <message>
        <source>Use capital letters and digits only, without spaces, for example THKB.</source>
        <translation>Chỉ dùng chữ in hoa và chữ số, không có dấu cách, ví dụ THKB.</translation>
    </message>
    <message>
        <source>Write the school year as two consecutive years, for example 2024-2025.</source>
        <translation>Ghi năm học bằng hai năm liên tiếp, ví dụ 2024-2025.</translation>
    </message>
    <message>
        <source>Account names have 3 to 32 characters: letters a-z without accents, digits, dot, dash or underscore, for example hieutruong.</source>
        <translation>Tên tài khoản dài từ 3 đến 32 ký tự: chữ a-z không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới, ví dụ hieutruong.</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation>Mật khẩu cần có ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Mật khẩu quá dài.</translation>
    </message>
    <message>
        <source>The school must keep at least one active principal account. Add another principal first.</source>
        <translation>Nhà trường phải luôn có ít nhất một tài khoản hiệu trưởng đang hoạt động. Hãy thêm một tài khoản hiệu trưởng khác trước.</translation>
    </message>
    <message>
        <source>You cannot deactivate or remove your own account. Ask another principal.</source>
        <translation>Bạn không thể khóa hoặc xóa quyền truy cập của chính mình. Hãy nhờ một hiệu trưởng khác.</translation>
    </message>
    <message>
        <source>You cannot change your own role: the school&apos;s list of keys is signed by a principal. Ask another principal.</source>
        <translation>Bạn không thể tự đổi vai trò của mình: danh sách khóa của nhà trường do hiệu trưởng ký. Hãy nhờ một hiệu trưởng khác.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Tài khoản này không tồn tại.</translation>
    </message>
    <message>
        <source>This account name is already used. Choose another.</source>
        <translation>Tên tài khoản này đã được dùng. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s full name.</source>
        <translation>Hãy nhập họ và tên người dùng tài khoản.</translation>
    </message>
    <message>
        <source>The recovery key is not correct. Check each group of characters on the printed sheet and try again.</source>
        <translation>Mã khôi phục không đúng. Hãy kiểm tra từng nhóm ký tự trên tờ giấy đã in rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Hãy chọn một số từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Hãy chọn một mục trong danh sách.</translation>
    </message>
    <message>
        <source>A date is not valid: type it as dd/mm/yyyy, one per line.</source>
        <translation>Có ngày không hợp lệ: hãy gõ theo dạng dd/mm/yyyy, mỗi dòng một ngày.</translation>
    </message>
    <message>
        <source>A day cannot be both a day off and a working day: remove it from one list.</source>
        <translation>Một ngày không thể vừa là ngày nghỉ vừa là ngày làm bù: hãy xóa ngày đó ở một trong hai danh sách.</translation>
    </message>
    <message>
        <source>This case does not exist or you may not see it.</source>
        <translation>Vụ việc này không tồn tại hoặc bạn không được xem.</translation>
    </message>
    <message>
        <source>A child is a person under 16 (Luật Trẻ em, Điều 1), so a person of 16 or more cannot be the child of a case. Record them instead as the one who gave the information, as an alleged perpetrator, or in the description of what happened (for a witness).</source>
        <translation>Trẻ em là người dưới 16 tuổi (Luật Trẻ em, Điều 1), nên người từ 16 tuổi trở lên không được ghi là trẻ em của vụ việc. Hãy ghi người này là người cung cấp thông tin, người bị nghi có hành vi xâm hại, hoặc ghi vào phần mô tả sự việc (nếu là người chứng kiến).</translation>
    </message>
    <message>
        <source>This pupil is {age} on the day the information was received. A child is a person under 16 (Luật Trẻ em, Điều 1): record the pupil instead as the one who gave the information, as an alleged perpetrator, or in the description of what happened (for a witness).</source>
        <translation>Vào ngày tiếp nhận thông tin, học sinh này đã {age} tuổi. Trẻ em là người dưới 16 tuổi (Luật Trẻ em, Điều 1): hãy ghi học sinh này là người cung cấp thông tin, người bị nghi có hành vi xâm hại, hoặc ghi vào phần mô tả sự việc (nếu là người chứng kiến).</translation>
    </message>
    <message>
        <source>Say which other way the information reached the school (e.g. a letter left at the gate).</source>
        <translation>Ghi rõ thông tin đến với nhà trường qua kênh nào khác (ví dụ: thư để lại ở cổng trường).</translation>
    </message>
    <message>
        <source>Name at least one child.</source>
        <translation>Hãy ghi tên ít nhất một trẻ.</translation>
    </message>
    <message>
        <source>A child who is not a pupil needs a name (or a description).</source>
        <translation>Trẻ không phải học sinh của trường cần có tên (hoặc mô tả).</translation>
    </message>
    <message>
        <source>Enter an age from 0 to 15.</source>
        <translation>Hãy nhập tuổi từ 0 đến 15.</translation>
    </message>
    <message>
        <source>Choose at least one form of abuse.</source>
        <translation>Hãy chọn ít nhất một hình thức xâm hại.</translation>
    </message>
    <message>
        <source>Describe briefly what happened.</source>
        <translation>Hãy mô tả ngắn gọn sự việc.</translation>
    </message>
    <message>
        <source>The school cannot receive the information before it was discovered.</source>
        <translation>Nhà trường không thể nhận thông tin trước thời điểm sự việc được phát hiện.</translation>
    </message>
    <message>
        <source>The incident cannot come after its discovery.</source>
        <translation>Thời điểm xảy ra sự việc không thể sau thời điểm phát hiện.</translation>
    </message>
    <message>
        <source>Record the informant&apos;s name only if they agree to it.</source>
        <translation>Chỉ ghi tên người cung cấp thông tin nếu họ đồng ý.</translation>
    </message>
    <message>
        <source>This pupil is not in the register (any more).</source>
        <translation>Học sinh này không (còn) có trong sổ theo dõi.</translation>
    </message>
    <message>
        <source>This case is closed. Reopen it first if something must be added.</source>
        <translation>Hồ sơ vụ việc này đã kết thúc. Nếu cần bổ sung, hãy mở lại hồ sơ trước.</translation>
    </message>
    <message>
        <source>A case can be closed only after the review decision and the written result report are recorded.</source>
        <translation>Chỉ kết thúc được hồ sơ sau khi đã ghi quyết định rà soát và báo cáo kết quả bằng văn bản.</translation>
    </message>
    <message>
        <source>Write why the case is reopened.</source>
        <translation>Hãy ghi lý do mở lại hồ sơ.</translation>
    </message>
    <message>
        <source>Another pupil already has this identifier (mã định danh). Check the number.</source>
        <translation>Đã có học sinh khác dùng mã định danh này. Hãy kiểm tra lại số.</translation>
    </message>
    <message>
        <source>Enter the pupil&apos;s full name.</source>
        <translation>Hãy nhập họ và tên học sinh.</translation>
    </message>
    <message>
        <source>This text is too long (at most {limit} characters).</source>
        <translation>Nội dung này quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>Not a date: write it as dd/mm/yyyy, for example 05/06/2016.</source>
        <translation>Không phải ngày: hãy viết theo dạng ngày/tháng/năm, ví dụ 05/06/2016.</translation>
    </message>
    <message>
        <source>This day does not exist in the calendar (dd/mm/yyyy).</source>
        <translation>Ngày này không có trên lịch (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Write Nam or Nữ.</source>
        <translation>Hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>The same identifier (mã định danh) is already in row {first}. Each pupil may appear only once.</source>
        <translation>Mã định danh này đã có ở dòng {first}. Mỗi học sinh chỉ được có một dòng.</translation>
    </message>
    <message>
        <source>The same identifier (mã định danh) is already in sheet {sheet}, row {first}. Each pupil may appear only once.</source>
        <translation>Mã định danh này đã có ở trang tính {sheet}, dòng {first}. Mỗi học sinh chỉ được có một lần trong danh sách.</translation>
    </message>
    <message>
        <source>The phone number was not kept: the row has no parent&apos;s or guardian&apos;s name.</source>
        <translation>Không giữ số điện thoại: dòng này không có tên cha mẹ hoặc người giám hộ.</translation>
    </message>
    <message>
        <source>The identifier {code} was stored by Excel as a number and may have lost its leading zeros (the others have {length} digits): {padded}?</source>
        <translation>Mã định danh {code} bị Excel lưu thành số nên có thể đã mất số 0 ở đầu (các mã khác có {length} chữ số): có phải là {padded}?</translation>
    </message>
    <message>
        <source>The date of birth is not plausible for a pupil. Check the year.</source>
        <translation>Ngày sinh này không hợp lý với một học sinh. Hãy kiểm tra lại năm sinh.</translation>
    </message>
    <message>
        <source>Enter an age from 2 to 18.</source>
        <translation>Hãy nhập tuổi từ 2 đến 18.</translation>
    </message>
    <message>
        <source>Each parent or guardian needs a name.</source>
        <translation>Mỗi cha mẹ hoặc người giám hộ cần có tên.</translation>
    </message>
    <message>
        <source>This sub-type does not belong to the chosen group.</source>
        <translation>Dạng cụ thể này không thuộc nhóm đã chọn.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Write down the risk factors (what puts the child at risk).</source>
        <translation>Hãy ghi các yếu tố nguy cơ (điều gì khiến trẻ gặp nguy cơ).</translation>
    </message>
    <message>
        <source>Write the reason for the change of level.</source>
        <translation>Hãy ghi lý do thay đổi cấp độ.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Hãy ghi diễn biến sự việc.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Hãy ghi nội dung đính chính.</translation>
    </message>
    <message>
        <source>That mark is no longer on the body map.</source>
        <translation>Dấu này không còn trên sơ đồ thương tích. Hãy đóng cửa sổ và mở lại hồ sơ để xem sơ đồ mới nhất.</translation>
    </message>
    <message>
        <source>A body map holds at most {max} marks.</source>
        <translation>Mỗi sơ đồ thương tích ghi được tối đa {max} dấu. Hãy gộp các vết gần nhau vào một dấu và ghi rõ trong phần ghi chú.</translation>
    </message>
    <message>
        <source>That entry does not exist.</source>
        <translation>Ghi chép này không tồn tại.</translation>
    </message>
    <message>
        <source>Enter who approved the plan.</source>
        <translation>Hãy nhập người phê duyệt kế hoạch.</translation>
    </message>
    <message>
        <source>Write the task.</source>
        <translation>Hãy ghi nhiệm vụ.</translation>
    </message>
    <message>
        <source>That task does not exist.</source>
        <translation>Nhiệm vụ này không tồn tại.</translation>
    </message>
    <message>
        <source>Enter the service or person the child is referred to.</source>
        <translation>Hãy nhập cơ quan, dịch vụ hoặc người nhận chuyển tuyến trẻ.</translation>
    </message>
    <message>
        <source>That referral does not exist.</source>
        <translation>Lần chuyển tuyến này không tồn tại.</translation>
    </message>
    <message>
        <source>Enter who gave consent.</source>
        <translation>Hãy nhập người đã đồng ý.</translation>
    </message>
    <message>
        <source>From age 7 the child&apos;s own agreement is needed as well.</source>
        <translation>Từ đủ 7 tuổi, cần có cả ý kiến đồng ý của chính trẻ.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Make it smaller (scan at a lower resolution) and try again.</source>
        <translation>Tệp lớn hơn 20 MB. Hãy làm tệp nhỏ lại (quét với độ phân giải thấp hơn) rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>A case can hold at most 100 files.</source>
        <translation>Mỗi vụ việc có tối đa 100 tệp đính kèm.</translation>
    </message>
    <message>
        <source>That file does not exist.</source>
        <translation>Tệp này không tồn tại.</translation>
    </message>
    <message>
        <source>The next review must come after this review.</source>
        <translation>Lần rà soát tiếp theo phải sau lần rà soát này.</translation>
    </message>
    <message>
        <source>Choose the new protection level.</source>
        <translation>Hãy chọn cấp độ bảo vệ mới.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The plan was made for another school year. Open the new school year again.</source>
        <translation>Kế hoạch này được lập cho năm học khác. Hãy mở lại phần năm học mới.</translation>
    </message>
    <message>
        <source>Give every class a new class name, or mark it as leaving.</source>
        <translation>Hãy đặt tên lớp mới cho từng lớp, hoặc đánh dấu lớp đó là ra trường.</translation>
    </message>
    <message>
        <source>The file cannot be written. Close it in Excel if it is open, choose another folder or name, and try again.</source>
        <translation>Không ghi được tệp. Hãy đóng tệp trong Excel nếu đang mở, chọn thư mục hoặc tên khác rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet that can be read (.xlsx, .xls or .ods). Open it in Excel, save it as .xlsx (Excel Workbook) and try again.</source>
        <translation>Tệp này không phải là bảng tính đọc được (.xlsx, .xls hoặc .ods). Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx (Excel Workbook) rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is protected by a password. Open it in Excel, remove the password, save it and try again.</source>
        <translation>Tệp này được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu, lưu lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The file cannot be opened. Check that it still exists, close it in Excel if it is open, and try again.</source>
        <translation>Không mở được tệp. Hãy kiểm tra tệp vẫn còn, đóng tệp trong Excel nếu đang mở, rồi thử lại.</translation>
    </message>
    <message>
        <source>This file or sheet is empty. Check that you chose the right file and sheet.</source>
        <translation>Tệp hoặc trang tính này trống. Hãy kiểm tra đã chọn đúng tệp và trang tính.</translation>
    </message>
    <message>
        <source>The workbook has no sheet with this name. Choose one of its sheets.</source>
        <translation>Sổ tính không có trang tính tên này. Hãy chọn một trang tính có trong sổ.</translation>
    </message>
    <message>
        <source>The file is too large ({size}): a class list can be at most {limit}. Check that you chose the right file, or split the list into several files.</source>
        <translation>Tệp quá lớn ({size}): tệp danh sách lớp chỉ được tối đa {limit}. Hãy kiểm tra xem đã chọn đúng tệp chưa, hoặc chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file unpacks to more than {limit} of data, far more than a class list holds. It was not read. Check that you chose the right file, or save it again from Excel.</source>
        <translation>Khi giải nén, tệp chứa hơn {limit} dữ liệu, nhiều hơn hẳn một danh sách lớp. Tệp không được đọc. Hãy kiểm tra xem đã chọn đúng tệp chưa, hoặc mở bằng Excel và lưu lại.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; at most {limit} rows can be imported at once. Split the list into several files.</source>
        <translation>Tệp có hơn {limit} dòng; mỗi lần chỉ nhập được tối đa {limit} dòng. Hãy chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>A cell holds more than {limit} characters, more than Excel itself allows in a cell. The file is damaged or is not a class list; it was not read.</source>
        <translation>Có một ô chứa hơn {limit} ký tự, nhiều hơn mức Excel cho phép trong một ô. Tệp bị hỏng hoặc không phải là danh sách lớp; tệp không được đọc.</translation>
    </message>
    <message>
        <source>A sheet has more than {limit} columns, far more than a class list has. Check that you chose the right file.</source>
        <translation>Có trang tính hơn {limit} cột, nhiều hơn hẳn một danh sách lớp. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <source>No header row (such as &quot;Họ và tên&quot;, &quot;Ngày sinh&quot;) was found in the first {rows} rows. Check that the sheet is the pupil list, or choose the columns by hand.</source>
        <translation>Không tìm thấy dòng tiêu đề (như &quot;Họ và tên&quot;, &quot;Ngày sinh&quot;) trong {rows} dòng đầu. Hãy kiểm tra trang tính có phải danh sách học sinh không, hoặc tự chọn các cột.</translation>
    </message>
    <message>
        <source>No column holds the pupils&apos; full names (Họ và tên). Choose it in the column mapping.</source>
        <translation>Không có cột nào chứa họ và tên học sinh (Họ và tên). Hãy chọn cột đó trong phần ghép cột.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then print again.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi in lại.</translation>
    </message>
    <message>
        <source>Write why the number was not used.</source>
        <translation>Hãy ghi lý do không sử dụng số văn bản này.</translation>
    </message>
    <message>
        <source>Choose the activity the attendance sheet is for.</source>
        <translation>Hãy chọn hoạt động cần lập danh sách ký tên.</translation>
    </message>
    <message>
        <source>Choose the inspection the minute is for.</source>
        <translation>Hãy chọn lần kiểm tra cần lập biên bản.</translation>
    </message>
    <message>
        <source>This record does not exist (any more).</source>
        <translation>Mục này không (còn) tồn tại.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>Hãy nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Hãy chọn ít nhất một chủ đề.</translation>
    </message>
    <message>
        <source>Enter the duration in hours and minutes (for example 1 hour 30 minutes).</source>
        <translation>Hãy nhập thời lượng theo giờ và phút (ví dụ 1 giờ 30 phút).</translation>
    </message>
    <message>
        <source>Name the kind of activity.</source>
        <translation>Hãy ghi tên loại hoạt động.</translation>
    </message>
    <message>
        <source>Participant counts cannot be negative.</source>
        <translation>Số người tham dự không được là số âm.</translation>
    </message>
    <message>
        <source>Each audience group once, please.</source>
        <translation>Mỗi nhóm đối tượng chỉ được ghi một lần.</translation>
    </message>
    <message>
        <source>Check the date of the activity.</source>
        <translation>Hãy kiểm tra lại ngày tổ chức hoạt động.</translation>
    </message>
    <message>
        <source>The file must not be empty nor larger than 20 MB.</source>
        <translation>Tệp không được trống và không được lớn hơn 20 MB.</translation>
    </message>
    <message>
        <source>Describe the target.</source>
        <translation>Hãy ghi nội dung chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter a positive number (a percentage at most 100).</source>
        <translation>Hãy nhập một số dương (nếu là tỷ lệ phần trăm thì tối đa 100).</translation>
    </message>
    <message>
        <source>Choose the topic staff are trained in.</source>
        <translation>Hãy chọn chủ đề tập huấn cho cán bộ, giáo viên.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters (now {length}). Please shorten it.</source>
        <translation>Quá dài: tối đa {limit} ký tự (hiện có {length}). Hãy rút gọn.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters (now {length}). Shorten it or split it into several entries.</source>
        <translation>Nội dung dài quá {limit} ký tự (hiện có {length}). Hãy rút gọn hoặc chia thành nhiều ghi chép.</translation>
    </message>
    <message>
        <source>This text is too long to keep as a draft (at most {limit} characters).</source>
        <translation>Nội dung này quá dài để giữ làm bản nháp (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy, for example 05/09/2024.</source>
        <translation>Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/09/2024.</translation>
    </message>
    <message>
        <source>Write the time and the date as HH:mm dd/mm/yyyy, for example 07:30 05/09/2024.</source>
        <translation>Hãy ghi giờ và ngày theo dạng giờ:phút ngày/tháng/năm, ví dụ 07:30 05/09/2024.</translation>
    </message>
    <message>
        <source>This day is not on the calendar. Check the day and the month.</source>
        <translation>Ngày này không có trên lịch. Hãy kiểm tra lại ngày và tháng.</translation>
    </message>
    <message>
        <source>This time does not exist: hours go from 0 to 23 and minutes from 0 to 59.</source>
        <translation>Không có giờ này: giờ từ 0 đến 23, phút từ 0 đến 59.</translation>
    </message>
    <message>
        <source>This time is later than now. Enter when it really happened (HH:mm dd/mm/yyyy).</source>
        <translation>Thời điểm này chưa đến. Hãy ghi thời điểm việc đã thực sự diễn ra (giờ:phút ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>This date is after today. Enter a date up to today (dd/mm/yyyy).</source>
        <translation>Ngày này chưa đến. Hãy ghi ngày từ hôm nay trở về trước (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Restoring replaces the school&apos;s current data, so a principal of that data must confirm it with their password. Nothing was changed. (kimbai restore: give --user and put the password on the first line of standard input.)</source>
        <translation>Khôi phục sẽ thay thế dữ liệu hiện tại của trường, nên hiệu trưởng của dữ liệu đó phải xác nhận bằng mật khẩu của mình. Chưa có gì thay đổi. (Với lệnh kimbai restore: ghi --user và đưa mật khẩu vào dòng đầu tiên của đầu vào chuẩn.)</translation>
    </message>
    <message>
        <source>The database is already under the new key, but the disk is full, so the change of accounts could not be recorded yet. Free some space and sign in again: the program will finish the change.</source>
        <translation>Cơ sở dữ liệu đã chuyển sang khóa mới, nhưng ổ đĩa đã đầy nên chưa ghi được thay đổi về tài khoản. Hãy giải phóng bớt dung lượng rồi đăng nhập lại: chương trình sẽ hoàn tất việc thay đổi.</translation>
    </message>
    <message>
        <source>A change of the data key had been interrupted; it has now been finished. The removed accounts can no longer sign in.</source>
        <translation>Lần đổi khóa dữ liệu trước bị gián đoạn; nay đã hoàn tất. Các tài khoản đã xóa không còn đăng nhập được.</translation>
    </message>
    <message>
        <source>A change of the data key had been interrupted before it took effect; it has been undone and nothing was changed. Run it again (kimbai rotate-key).</source>
        <translation>Lần đổi khóa dữ liệu trước bị gián đoạn trước khi có hiệu lực; đã hủy bỏ và không có gì thay đổi. Hãy chạy lại (kimbai rotate-key).</translation>
    </message>
    <message>
        <source>The school&apos;s list of keys was changed by someone who is not a principal (it no longer carries a principal&apos;s signature). Nobody can sign in until it is put right: the principal restores the latest good backup (Data &gt; Restore from a backup) and changes the passwords of the accounts that could reach the data folder.</source>
        <translation>Danh sách khóa của nhà trường đã bị một người không phải hiệu trưởng sửa (không còn chữ ký của hiệu trưởng). Chưa ai đăng nhập được cho đến khi khắc phục: hiệu trưởng khôi phục bản sao lưu tốt gần nhất (Dữ liệu &gt; Khôi phục từ bản sao lưu) và đổi mật khẩu của các tài khoản có thể vào được thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>This password opens a key that does not belong to any account of the school (the key file was changed by hand). It was refused and recorded. Tell the principal.</source>
        <translation>Mật khẩu này mở một khe khóa không thuộc tài khoản nào của trường (tệp khóa đã bị sửa thủ công). Yêu cầu đăng nhập đã bị từ chối và được ghi vào nhật ký. Hãy báo cho hiệu trưởng.</translation>
    </message>
    <message>
        <source>This protected content cannot be opened with your key: it was not shared with your account, or it was changed. Ask the principal or the counsellor.</source>
        <translation>Không mở được nội dung được bảo vệ này bằng khóa của bạn: nội dung chưa được chia sẻ cho tài khoản của bạn, hoặc đã bị thay đổi. Hãy hỏi Hiệu trưởng hoặc cán bộ tư vấn.</translation>
    </message>
    <message>
        <source>Only a person who holds this sealed case file can give or take back access.</source>
        <translation>Chỉ người đang giữ hồ sơ niêm phong này mới được giao hoặc thu hồi quyền xem.</translation>
    </message>
    <message>
        <source>This person is named in the case as the one who harmed the child: they can never be given this case file.</source>
        <translation>Người này bị nêu tên trong hồ sơ là người gây tổn hại cho trẻ: không bao giờ được giao hồ sơ này.</translation>
    </message>
    <message>
        <source>Only a principal or a counsellor account can be given a sealed case file.</source>
        <translation>Chỉ tài khoản hiệu trưởng hoặc tư vấn mới được giao hồ sơ niêm phong.</translation>
    </message>
    <message>
        <source>This account has no key yet: it must sign in once before it can be given a sealed case file.</source>
        <translation>Tài khoản này chưa có khóa riêng: hãy đặt lại mật khẩu cho tài khoản rồi mới giao hồ sơ niêm phong.</translation>
    </message>
    <message>
        <source>This is the last person who holds the case file and there is no sealed-file recovery key yet: give it to someone else first.</source>
        <translation>Đây là người cuối cùng đang giữ hồ sơ và trường chưa có khóa khôi phục hồ sơ niêm phong: hãy giao hồ sơ cho người khác trước.</translation>
    </message>
    <message>
        <source>The sealed-file recovery key is not correct. Check each group of characters on the printed sheet and try again.</source>
        <translation>Khóa khôi phục hồ sơ niêm phong không đúng. Hãy đối chiếu từng nhóm ký tự trên tờ giấy đã in rồi thử lại.</translation>
    </message>
    <message>
        <source>No sealed-file recovery key has been made yet.</source>
        <translation>Trường chưa tạo khóa khôi phục hồ sơ niêm phong.</translation>
    </message>
    <message>
        <source>Write why the case file is sealed.</source>
        <translation>Hãy ghi lý do niêm phong hồ sơ.</translation>
    </message>
    <message>
        <source>The sealed-file recovery key already exists; it is made only once.</source>
        <translation>Khóa khôi phục hồ sơ niêm phong đã có; khóa này chỉ được tạo một lần.</translation>
    </message>
    <message>
        <source>This case file is sealed: only the people it was given to can read or change its content. Ask one of them (or the counsellor) to give you access.</source>
        <translation>Hồ sơ được niêm phong: chỉ người được giao mới xem hoặc sửa được nội dung. Hãy đề nghị một người đang giữ hồ sơ (hoặc cán bộ tư vấn) giao hồ sơ cho bạn.</translation>
    </message>
    <message>
        <source>Write the body&apos;s full name.</source>
        <translation>Hãy ghi đầy đủ tên cơ quan.</translation>
    </message>
    <message>
        <source>This record has not reached the end of its retention period: it cannot be destroyed yet.</source>
        <translation>Hồ sơ này chưa hết thời hạn bảo quản nên chưa được hủy.</translation>
    </message>
    <message>
        <source>Print or save the destruction record first, then have it signed.</source>
        <translation>Hãy in hoặc lưu biên bản hủy trước, rồi ký biên bản.</translation>
    </message>
    <message>
        <source>Choose a second person to sign the record, other than the principal.</source>
        <translation>Hãy chọn người ký thứ hai, không phải hiệu trưởng.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems in {rows} rows. Those rows were copied to {file}, protected by the password you chose; delete it once the list is fixed.</source>
        <translation>Chưa nhập gì: có {count} lỗi ở {rows} dòng. Các dòng đó đã được chép vào {file}, có mật khẩu bảo vệ do bạn đặt; hãy xóa tệp này khi đã sửa xong danh sách.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters. Type a longer one.</source>
        <translation>Mật khẩu phải có ít nhất {minimum} ký tự. Hãy gõ mật khẩu dài hơn.</translation>
    </message>
    <message>
        <source>The password must have at most {maximum} characters. Type a shorter one.</source>
        <translation>Mật khẩu chỉ được có tối đa {maximum} ký tự. Hãy gõ mật khẩu ngắn hơn.</translation>
    </message>
    <message>
        <source>This file holds personal data: choose a password to protect it, then save again.</source>
        <translation>Tệp này chứa thông tin cá nhân: hãy đặt mật khẩu bảo vệ tệp rồi lưu lại.</translation>
    </message>
    <message>
        <source>Write in a few words what danger the child is in.</source>
        <translation>Hãy ghi ngắn gọn trẻ đang gặp nguy hiểm gì.</translation>
    </message>
    <message>
        <source>Write which authority asked, and the number and date of its request.</source>
        <translation>Hãy ghi cơ quan nào yêu cầu, số và ngày của văn bản yêu cầu.</translation>
    </message>
    <message>
        <source>The family has not given its consent to share this child&apos;s information (no consent is recorded for it). Record the consent first with the “Consent” button of the case file, or, if the law allows sharing without it, choose the reason.</source>
        <translation>Chưa có sự đồng ý của gia đình để cung cấp thông tin của trẻ (chưa ghi nhận sự đồng ý nào cho việc này). Hãy ghi nhận sự đồng ý trước bằng nút “Sự đồng ý” trong hồ sơ vụ việc, hoặc, nếu pháp luật cho phép cung cấp mà không cần đồng ý, hãy chọn lý do.</translation>
    </message>
    <message>
        <source>This inspection no longer exists. Reload the list.</source>
        <translation>Lần kiểm tra này không còn nữa. Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <source>Write who inspected (names and roles).</source>
        <translation>Ghi người kiểm tra (họ tên và chức vụ).</translation>
    </message>
    <message>
        <source>Write what was checked.</source>
        <translation>Ghi nội dung đã kiểm tra.</translation>
    </message>
    <message>
        <source>Write what the inspection found.</source>
        <translation>Ghi kết quả kiểm tra.</translation>
    </message>
    <message>
        <source>Each follow-up action needs what to do and who does it.</source>
        <translation>Mỗi việc cần khắc phục phải ghi việc cần làm và người phụ trách.</translation>
    </message>
    <message>
        <source>An action cannot be done before the inspection that decided it.</source>
        <translation>Việc khắc phục không thể xong trước ngày kiểm tra đề ra việc đó.</translation>
    </message>
    <message>
        <source>This report no longer exists. Reload the list.</source>
        <translation>Báo cáo này không còn trong lịch. Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <source>Write which report is due.</source>
        <translation>Hãy ghi tên báo cáo phải gửi.</translation>
    </message>
    <message>
        <source>Enter the date the report is due (dd/mm/yyyy).</source>
        <translation>Hãy nhập hạn gửi báo cáo (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>The semester and year-end reports are due every school year and cannot be deleted. Change their date instead.</source>
        <translation>Báo cáo sơ kết học kỳ I và báo cáo tổng kết năm học phải gửi hằng năm nên không xóa được. Hãy sửa hạn gửi nếu cần.</translation>
    </message>
    <message>
        <source>This document is not in the register of issued documents (or its number was voided). Choose another one.</source>
        <translation>Văn bản này không có trong sổ văn bản đi (hoặc số đã bị hủy). Hãy chọn văn bản khác.</translation>
    </message>
    <message>
        <source>Enter the date the report was sent before linking its document.</source>
        <translation>Hãy nhập ngày đã gửi trước khi chọn văn bản kèm theo.</translation>
    </message>
    <message>
        <source>This check no longer exists. Reload the list.</source>
        <translation>Lần kiểm tra này không còn nữa. Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <source>Write who carried out the check.</source>
        <translation>Hãy ghi người kiểm tra.</translation>
    </message>
    <message>
        <source>Choose a result (met, not met or does not apply) for every item.</source>
        <translation>Hãy chọn kết quả (Đạt, Chưa đạt hoặc Không áp dụng) cho từng mục.</translation>
    </message>
    <message>
        <source>For each item not met, write in its note what is wrong.</source>
        <translation>Với mỗi mục Chưa đạt, hãy ghi rõ tồn tại ở cột ghi chú.</translation>
    </message>
    <message>
        <source>The checklist needs at least one item.</source>
        <translation>Danh mục kiểm tra cần có ít nhất một mục.</translation>
    </message>
    <message>
        <source>Two items of the checklist say the same thing.</source>
        <translation>Có hai mục trong danh mục giống hệt nhau.</translation>
    </message>
    <message>
        <source>A handover package is made only for a pupil marked “Chuyển trường” in the register. Record the transfer first (register, pupil actions, “Chuyển trường”).</source>
        <translation>Chỉ lập gói hồ sơ cho học sinh đã ghi “Chuyển trường” trong sổ theo dõi. Hãy ghi việc chuyển trường trước (Sổ theo dõi, thao tác với học sinh, “Chuyển trường”).</translation>
    </message>
    <message>
        <source>No pupil has this pupil number. Check the number in the register.</source>
        <translation>Không có học sinh nào có mã định danh này. Hãy kiểm tra lại mã trong sổ theo dõi.</translation>
    </message>
    <message>
        <source>Case file {code} is not a case file of this pupil that you may see.</source>
        <translation>Hồ sơ {code} không phải là hồ sơ vụ việc của học sinh này mà bạn được xem.</translation>
    </message>
    <message>
        <source>Case file {code} is sealed and your account does not hold its key. Leave it out, or ask one of its holders to make the package.</source>
        <translation>Hồ sơ {code} được niêm phong và tài khoản của bạn không giữ khóa của hồ sơ. Hãy bỏ hồ sơ này ra, hoặc nhờ người được giao hồ sơ lập gói.</translation>
    </message>
    <message>
        <source>A handover package needs the principal&apos;s approval: the principal types their account name and password, or makes the package themselves.</source>
        <translation>Gói hồ sơ chuyển trường cần hiệu trưởng phê duyệt: hiệu trưởng gõ tên tài khoản và mật khẩu của mình, hoặc tự lập gói.</translation>
    </message>
    <message>
        <source>The principal&apos;s account name or password is not correct. Nothing was made. Ask the principal to type them again.</source>
        <translation>Tên tài khoản hoặc mật khẩu của hiệu trưởng không đúng. Chưa lập gói nào. Hãy nhờ hiệu trưởng gõ lại.</translation>
    </message>
    <message>
        <source>The package could not be written to this place ({reason}). Nothing was recorded. Choose another folder or USB drive and try again.</source>
        <translation>Không ghi được gói hồ sơ vào chỗ này ({reason}). Chưa ghi nhận gì. Hãy chọn thư mục hoặc USB khác rồi làm lại.</translation>
    </message>
    <message>
        <source>This handover is not in the transfer log.</source>
        <translation>Lượt chuyển hồ sơ này không có trong sổ chuyển hồ sơ.</translation>
    </message>
    <message>
        <source>The receipt date cannot be later than today.</source>
        <translation>Ngày nhận biên nhận không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>This package was made in school year {year}, which this school has not opened yet (it is in {current}). Nothing was imported. Open the new school year first (register, “Năm học mới”), then import the package again.</source>
        <translation>Gói này được lập trong năm học {year}, năm học mà trường mình chưa mở (trường đang ở năm học {current}). Chưa nhận gì. Hãy mở năm học mới trước (Sổ theo dõi, “Năm học mới”), rồi nhận lại gói.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}). Check that the USB drive is plugged in and choose the file again.</source>
        <translation>Không đọc được tệp ({reason}). Hãy kiểm tra USB đã cắm chưa rồi chọn lại tệp.</translation>
    </message>
    <message>
        <source>No pupil in the register has pupil number {code}. Choose the pupil this package is about, or add them as a new pupil.</source>
        <translation>Trong sổ theo dõi không có học sinh nào có mã định danh {code}. Hãy chọn học sinh mà gói này nói đến, hoặc thêm em là học sinh mới.</translation>
    </message>
    <message>
        <source>This case file was sealed at the sending school: only the principal can open what came with it.</source>
        <translation>Hồ sơ này được niêm phong ở trường gửi: chỉ hiệu trưởng mới mở được những gì gửi kèm hồ sơ.</translation>
    </message>
    <message>
        <source>This file is not a KimBai handover package. Check that you chose the file the other school sent (it ends in .kimbai-handover).</source>
        <translation>Tệp này không phải là gói hồ sơ chuyển trường của KimBai. Hãy kiểm tra lại, chọn đúng tệp trường kia gửi (tên tệp kết thúc bằng .kimbai-handover).</translation>
    </message>
    <message>
        <source>The handover package is damaged or was changed after the sending school made it (its signature does not match). Nothing was imported. Ask the sending school to send the file again.</source>
        <translation>Gói hồ sơ bị hỏng hoặc đã bị sửa sau khi trường gửi lập (chữ ký số không khớp). Chưa nhận gì. Hãy đề nghị trường gửi gửi lại tệp.</translation>
    </message>
    <message>
        <source>The handover package is incomplete (the file was cut short, perhaps while copying). Nothing was imported. Copy the file again from the sending school&apos;s USB drive or e-mail.</source>
        <translation>Gói hồ sơ không đầy đủ (tệp bị cắt ngắn, có thể do sao chép bị gián đoạn). Chưa nhận gì. Hãy chép lại tệp từ USB hoặc thư điện tử của trường gửi.</translation>
    </message>
    <message>
        <source>This handover package was made by a newer version of KimBai Desktop (format {version}). Nothing was imported. Update KimBai Desktop, then import it again.</source>
        <translation>Gói hồ sơ này được lập bằng phiên bản KimBai Desktop mới hơn (định dạng {version}). Chưa nhận gì. Hãy cập nhật KimBai Desktop rồi nhận lại gói.</translation>
    </message>
    <message>
        <source>The handover passphrase is not correct. Type it again exactly as printed on the handover slip (8 groups of 5 letters and digits; dashes and spaces do not matter).</source>
        <translation>Mật khẩu của gói hồ sơ không đúng. Hãy gõ lại đúng như trên biên bản bàn giao (8 nhóm, mỗi nhóm 5 chữ và số; dấu gạch ngang và dấu cách không quan trọng).</translation>
    </message>
    <message>
        <source>Choose the kind of injury (bruise, graze, cut...).</source>
        <translation>Hãy chọn loại thương tích (bầm tím, trầy xước, vết cắt...).</translation>
    </message>
    <message>
        <source>Write the size as a number of centimetres, such as 2 or 2,5; leave it empty if it was not measured.</source>
        <translation>Hãy ghi kích thước bằng số xăng-ti-mét, ví dụ 2 hoặc 2,5; để trống nếu chưa đo.</translation>
    </message>
    <message>
        <source>The size must be more than 0 and at most {max} cm.</source>
        <translation>Kích thước phải lớn hơn 0 và không quá {max} cm.</translation>
    </message>
    <message>
        <source>Place the mark on the outline of the body.</source>
        <translation>Hãy đặt dấu trên hình cơ thể.</translation>
    </message>
</context>
<context>
    <name>ExportPasswordDialog</name>
    <message>
        <source>This file holds children&apos;s personal data, so it will be protected by a password. Whoever receives the file needs this password to open it: give it to them separately (by phone or in person), never in the same e-mail or message as the file. The program does not keep the password: write it down somewhere safe if you need it again.</source>
        <translation>Tệp này chứa thông tin cá nhân của trẻ nên sẽ được bảo vệ bằng mật khẩu. Người nhận tệp cần mật khẩu này mới mở được: hãy báo mật khẩu cho họ riêng (gọi điện hoặc nói trực tiếp), không bao giờ gửi chung thư điện tử hay tin nhắn với tệp. Phần mềm không lưu mật khẩu: nếu cần dùng lại, hãy ghi ở nơi an toàn.</translation>
    </message>
    <message>
        <source>At least {minimum} characters; letters, digits and signs mixed are harder to guess.</source>
        <translation>Ít nhất {minimum} ký tự; kết hợp chữ, số và ký hiệu thì khó đoán hơn.</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>H&amp;iện mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Password for the file:</source>
        <translation>&amp;Mật khẩu của tệp:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Protect and save</source>
        <translation>Đặt mật khẩu và &amp;lưu</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Bảo vệ tệp bằng mật khẩu</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import pupils from Excel</source>
        <translation>Nhập danh sách học sinh từ Excel</translation>
    </message>
    <message>
        <source>Step 1 of 5: choose the file</source>
        <translation>Bước 1/5: chọn tệp</translation>
    </message>
    <message>
        <source>Choose the class list (.xlsx, .xls or .ods) from the sector&apos;s database or another program. Title rows above the header, one sheet per class, and signatures under the table are fine. Nothing is imported before you confirm: every row is checked first, and pupils already in the register (same identifier) are updated, not added twice.</source>
        <translation>Chọn tệp danh sách lớp (.xlsx, .xls hoặc .ods) lấy từ cơ sở dữ liệu ngành hoặc phần mềm khác. Tệp có dòng tiêu đề phía trên bảng, mỗi lớp một trang tính, có chữ ký dưới bảng đều được. Chưa có gì được nhập trước khi bạn xác nhận: mọi dòng đều được kiểm tra trước, và học sinh đã có trong sổ (cùng mã định danh) sẽ được cập nhật, không thêm trùng.</translation>
    </message>
    <message>
        <source>Class lists (*.xlsx *.xls *.ods)</source>
        <translation>Danh sách lớp (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>&amp;Choose the file...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <source>Choose the pupil list</source>
        <translation>Chọn danh sách học sinh</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Đang đọc tệp...</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Vừa cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Kích thước thật</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>&amp;Lưu bản sao...</translation>
    </message>
    <message>
        <source>Saves an unencrypted copy outside KimBai Desktop. The access log records it.</source>
        <translation>Lưu một bản sao không mã hóa ra ngoài KimBai Desktop. Việc này được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>This PDF document cannot be shown: it may be damaged or protected. To read it, save a copy and open it with a PDF reader; delete the copy afterwards, because it is not encrypted.</source>
        <translation>Không hiển thị được tài liệu PDF này: có thể tệp bị hỏng hoặc được bảo vệ. Để đọc, hãy lưu một bản sao rồi mở bằng phần mềm đọc PDF; đọc xong hãy xóa bản sao vì bản sao không được mã hóa.</translation>
    </message>
    <message>
        <source>KimBai Desktop shows pictures (PNG, JPEG, GIF, BMP), PDF documents and plain text inside the program, but not this kind of file. To read it, save a copy and open it with another program; delete the copy afterwards, because it is not encrypted.</source>
        <translation>KimBai Desktop hiển thị được hình ảnh (PNG, JPEG, GIF, BMP), tài liệu PDF và văn bản thuần nhưng không hiển thị được loại tệp này. Để đọc, hãy lưu một bản sao rồi mở bằng phần mềm khác; đọc xong hãy xóa bản sao vì bản sao không được mã hóa.</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>&amp;Add a file...</source>
        <translation>&amp;Thêm tệp...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>&amp;Lưu bản sao...</translation>
    </message>
    <message>
        <source>The file cannot be read. Choose another file.</source>
        <translation>Không đọc được tệp. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>The file is empty. Choose another file.</source>
        <translation>Tệp trống. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>Adding the file...</source>
        <translation>Đang thêm tệp...</translation>
    </message>
    <message>
        <source>Opening...</source>
        <translation>Đang mở...</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Chọn nơi lưu bản sao</translation>
    </message>
    <message>
        <source>Saving the copy...</source>
        <translation>Đang lưu bản sao...</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Đã lưu bản sao</translation>
    </message>
    <message>
        <source>A copy was saved as {path}. It is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Đã lưu bản sao thành {path}. Bản sao này không được mã hóa: hãy cất giữ cẩn thận và xóa khi không còn cần.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name or identifier; accents not needed (Ctrl+F)</source>
        <translation>Tên hoặc mã định danh; gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tất cả cấp độ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Đến hạn, quá hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Only children in the &amp;register</source>
        <translation>Chỉ trẻ trong &amp;sổ theo dõi</translation>
    </message>
    <message>
        <source>Children in a special circumstance, at risk, or at the support or intervention level</source>
        <translation>Trẻ có hoàn cảnh đặc biệt, có nguy cơ, hoặc ở cấp độ hỗ trợ hay can thiệp</translation>
    </message>
    <message>
        <source>Show &amp;leavers</source>
        <translation>Hiện học sinh đã &amp;rời trường</translation>
    </message>
    <message>
        <source>Also pupils who transferred, completed or left school</source>
        <translation>Hiện cả học sinh đã chuyển trường, hoàn thành chương trình hoặc thôi học</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Năm học:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>N&amp;hóm:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Cấp độ:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Rà s&amp;oát:</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Import the class lists from Excel</source>
        <translation>Nhập danh sách lớp từ tệp Excel</translation>
    </message>
    <message>
        <source>&amp;Import the class lists...</source>
        <translation>&amp;Nhập danh sách lớp...</translation>
    </message>
    <message>
        <source>Add an account for each member of staff who uses the program</source>
        <translation>Tạo tài khoản cho từng cán bộ, giáo viên sử dụng phần mềm</translation>
    </message>
    <message>
        <source>Add &amp;accounts...</source>
        <translation>Tạo &amp;tài khoản...</translation>
    </message>
    <message>
        <source>Set the year&apos;s training and awareness targets</source>
        <translation>Đặt chỉ tiêu tập huấn, tuyên truyền của năm học</translation>
    </message>
    <message>
        <source>Set the &amp;targets...</source>
        <translation>Đặt &amp;chỉ tiêu...</translation>
    </message>
    <message>
        <source>Print the recovery key and keep it locked away</source>
        <translation>In mã khôi phục và cất giữ ở nơi có khóa</translation>
    </message>
    <message>
        <source>Print the &amp;key...</source>
        <translation>In &amp;mã khôi phục...</translation>
    </message>
    <message>
        <source>Keep the daily backup on and copy a backup to a USB drive</source>
        <translation>Bật sao lưu hằng ngày và chép một bản sao lưu ra USB</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Các bước bắt đầu</translation>
    </message>
    <message>
        <source>A few things to do once, at the start. This list goes away when all are done.</source>
        <translation>Một vài việc chỉ cần làm một lần khi bắt đầu. Danh sách này sẽ ẩn đi khi đã làm xong tất cả.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <source>{step}: done</source>
        <translation>{step}: đã xong</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot the password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <source>With the recovery key printed when KimBai Desktop was set up, the principal&apos;s account gets a new password. Other staff: ask the principal to set a new password for you in Settings.</source>
        <translation>Dùng mã khôi phục đã in khi cài đặt KimBai Desktop để đặt mật khẩu mới cho tài khoản hiệu trưởng. Cán bộ, giáo viên khác: hãy nhờ hiệu trưởng đặt lại mật khẩu trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Set the new password</source>
        <translation>Đặt mật &amp;khẩu mới</translation>
    </message>
    <message>
        <source>&amp;Principal&apos;s account name</source>
        <translation>&amp;Tên tài khoản hiệu trưởng</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Mã khôi &amp;phục</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>Con&amp;firm the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>13 groups of 4 letters or digits, as on the printed sheet. Typed: {typed} of {total}.</source>
        <translation>13 nhóm, mỗi nhóm 4 chữ cái hoặc chữ số, như trên tờ giấy đã in. Đã nhập: {typed}/{total} ký tự.</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s account name, for example hieutruong.</source>
        <translation>Hãy nhập tên tài khoản hiệu trưởng, ví dụ hieutruong.</translation>
    </message>
    <message>
        <source>The recovery key has 13 groups of 4 characters ({total} in all); {typed} were typed. Check it against the printed sheet.</source>
        <translation>Mã khôi phục có 13 nhóm, mỗi nhóm 4 ký tự (tổng cộng {total}); mới nhập {typed} ký tự. Hãy đối chiếu với tờ giấy đã in.</translation>
    </message>
    <message>
        <source>The recovery key can only set a new password for a principal&apos;s account. Other staff: ask the principal to set a new password for you.</source>
        <translation>Mã khôi phục chỉ đặt được mật khẩu mới cho tài khoản hiệu trưởng. Cán bộ, giáo viên khác: hãy nhờ hiệu trưởng đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>There is no account with this name. Check the principal&apos;s account name.</source>
        <translation>Không có tài khoản nào tên như vậy. Hãy kiểm tra lại tên tài khoản hiệu trưởng.</translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Arrows move between cells; type or press F2 to change a cell.</source>
        <translation>Dùng phím mũi tên để di chuyển giữa các ô; gõ trực tiếp hoặc bấm F2 để sửa một ô.</translation>
    </message>
    <message>
        <source>Add a &amp;parent or guardian</source>
        <translation>Thêm &amp;cha mẹ, người giám hộ</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with KimBai Desktop</source>
        <translation>Hướng dẫn bắt đầu sử dụng KimBai Desktop</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>Lưu P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out.</source>
        <translation>Đã gửi đến máy in. Hãy kiểm tra xem trang in đã ra chưa.</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Lưu tờ hướng dẫn thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Handover package</source>
        <translation>Gói hồ sơ chuyển trường</translation>
    </message>
    <message>
        <source>The records of {pupil} for the new school, in one encrypted and signed file. Tick the case files to send.</source>
        <translation>Hồ sơ của {pupil} gửi trường mới, trong một tệp được mã hóa và có chữ ký số. Đánh dấu các hồ sơ vụ việc cần gửi.</translation>
    </message>
    <message>
        <source>&amp;Make the package</source>
        <translation>&amp;Lập gói hồ sơ</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation>Hồ sơ &amp;vụ việc</translation>
    </message>
    <message>
        <source>&amp;Receiving school</source>
        <translation>&amp;Trường nhận</translation>
    </message>
    <message>
        <source>&amp;File *</source>
        <translation>T&amp;ệp *</translation>
    </message>
    <message>
        <source>Principal&apos;s &amp;account *</source>
        <translation>Tài &amp;khoản hiệu trưởng *</translation>
    </message>
    <message>
        <source>The principal approves the handover here.</source>
        <translation>Hiệu trưởng phê duyệt việc bàn giao tại đây.</translation>
    </message>
    <message>
        <source>Principal&apos;s pass&amp;word *</source>
        <translation>&amp;Mật khẩu hiệu trưởng *</translation>
    </message>
    <message>
        <source>{code} (sealed: you do not hold its key)</source>
        <translation>{code} (niêm phong: bạn không giữ khóa)</translation>
    </message>
    <message>
        <source>(This pupil has no case file.)</source>
        <translation>(Học sinh này không có hồ sơ vụ việc.)</translation>
    </message>
    <message>
        <source>Save the handover package</source>
        <translation>Lưu gói hồ sơ chuyển trường</translation>
    </message>
    <message>
        <source>Handover package (*.kimbai-handover)</source>
        <translation>Gói hồ sơ chuyển trường (*.kimbai-handover)</translation>
    </message>
    <message>
        <source>Choose where to write the file (a USB drive, for example).</source>
        <translation>Hãy chọn nơi ghi tệp (ví dụ: USB).</translation>
    </message>
    <message>
        <source>Type the principal&apos;s account name.</source>
        <translation>Hãy gõ tên tài khoản của hiệu trưởng.</translation>
    </message>
    <message>
        <source>The principal types their password.</source>
        <translation>Hiệu trưởng gõ mật khẩu của mình.</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Import a handover package</source>
        <translation>Nhận gói hồ sơ chuyển trường</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>T&amp;ệp:</translation>
    </message>
    <message>
        <source>Choose the file the other school sent and type the passphrase printed on its handover slip. Nothing is written until you have seen what the package holds.</source>
        <translation>Chọn tệp trường kia gửi và gõ mật khẩu ghi trên biên bản bàn giao. Chưa ghi gì cho đến khi bạn xem nội dung gói.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu của gói:</translation>
    </message>
    <message>
        <source>Add the pupil to the register as a &amp;new pupil</source>
        <translation>Thêm em vào sổ theo dõi là học sinh &amp;mới</translation>
    </message>
    <message>
        <source>Another pupil of this school, pupil &amp;number:</source>
        <translation>Học sinh khác của trường, &amp;mã định danh:</translation>
    </message>
    <message>
        <source>Save the &amp;receipt to sign (PDF)...</source>
        <translation>Lưu &amp;giấy biên nhận để ký (PDF)...</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>&amp;Mở gói</translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation>Gói hồ sơ chuyển trường</translation>
    </message>
    <message>
        <source>Handover package (*.kimbai-handover)</source>
        <translation>Gói hồ sơ chuyển trường (*.kimbai-handover)</translation>
    </message>
    <message>
        <source>Choose the file and type the passphrase from the handover slip.</source>
        <translation>Hãy chọn tệp và gõ mật khẩu ghi trên biên bản bàn giao.</translation>
    </message>
    <message>
        <source>Type the pupil number of the pupil here.</source>
        <translation>Hãy gõ mã định danh của học sinh ở trường mình.</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Vui lòng chờ...</translation>
    </message>
    <message>
        <source>The pupil with the same number here: {name}</source>
        <translation>Học sinh cùng mã định danh ở trường mình: {name}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhận hồ sơ</translation>
    </message>
    <message>
        <source>First package from this school: compare the key with the one on the handover slip, or telephone the school.</source>
        <translation>Gói đầu tiên từ trường này: hãy so dấu nhận dạng khóa với biên bản bàn giao, hoặc gọi điện cho trường gửi.</translation>
    </message>
    <message>
        <source>Same key as this school&apos;s earlier packages.</source>
        <translation>Trùng khóa với các gói trước của trường này.</translation>
    </message>
    <message>
        <source>Warning: this school signed its earlier packages with another key. Telephone the school to check before importing.</source>
        <translation>Cảnh báo: các gói trước của trường này được ký bằng khóa khác. Hãy gọi điện cho trường gửi để kiểm tra trước khi nhận.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Trường gửi</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Pupil number</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>{levels} protection level changes, {groups} special circumstances, {reviews} reviews</source>
        <translation>{levels} lần thay đổi cấp độ bảo vệ, {groups} hoàn cảnh đặc biệt, {reviews} lần rà soát</translation>
    </message>
    <message>
        <source>Case file {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <source>{entries} chronology entries, {files} documents</source>
        <translation>{entries} ghi chép diễn biến, {files} tài liệu</translation>
    </message>
    <message>
        <source>This package was imported before; importing it again changes nothing.</source>
        <translation>Gói này đã được nhận trước đây; nhận lại cũng không thay đổi gì.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Imported (number {id} in the transfer log). The sending school&apos;s records are kept read-only with their own chronology. Print the receipt, have it signed and send it back to the sending school.</source>
        <translation>Đã nhận (số {id} trong sổ chuyển hồ sơ). Hồ sơ của trường gửi được giữ nguyên, chỉ để xem, cùng diễn biến do trường gửi ghi. Hãy in giấy biên nhận, trình ký rồi gửi lại trường gửi.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu giấy biên nhận</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
</context>
<context>
    <name>HoldersDialog</name>
    <message>
        <source>People who may read sealed case file {code}</source>
        <translation>Người được xem hồ sơ niêm phong {code}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Người giao, thời điểm</translation>
    </message>
    <message>
        <source>&amp;Take back access...</source>
        <translation>&amp;Thu hồi quyền xem...</translation>
    </message>
    <message>
        <source>The chosen person can no longer read this case file</source>
        <translation>Người được chọn sẽ không xem được hồ sơ này nữa</translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation>&amp;Giao cho:</translation>
    </message>
    <message>
        <source>Give &amp;access</source>
        <translation>Giao &amp;quyền xem</translation>
    </message>
    <message>
        <source>When nobody who holds it can give it (for example after a password reset), the chair of the child-protection board can give it with the printed recovery key for sealed case files.</source>
        <translation>Khi không còn ai đang giữ hồ sơ để giao (ví dụ sau khi đặt lại mật khẩu), trưởng ban bảo vệ trẻ em có thể giao hồ sơ bằng khóa khôi phục hồ sơ niêm phong đã in.</translation>
    </message>
    <message>
        <source>Give with the &amp;recovery key...</source>
        <translation>Giao bằng &amp;khóa khôi phục...</translation>
    </message>
    <message>
        <source>Sealed {time} because it names a member of staff.</source>
        <translation>Niêm phong lúc {time} vì hồ sơ có nêu tên cán bộ, giáo viên, nhân viên nhà trường.</translation>
    </message>
    <message>
        <source>Sealed {time}. Reason: {reason}</source>
        <translation>Niêm phong lúc {time}. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Only these people can read the content of this case file. Give it to a principal or a counsellor who needs it for the child&apos;s support; a person named in the case as the one who harmed the child is never offered.</source>
        <translation>Chỉ những người dưới đây xem được nội dung hồ sơ. Hãy giao cho hiệu trưởng hoặc cán bộ tư vấn cần hồ sơ để hỗ trợ trẻ; người bị nêu tên là người gây hại cho trẻ không bao giờ có trong danh sách để giao.</translation>
    </message>
    <message>
        <source>You do not hold this case file, so you cannot give it to others. If you need to read it, ask one of these people to give it to you.</source>
        <translation>Bạn không giữ hồ sơ này nên không giao được cho người khác. Nếu cần xem, hãy đề nghị một trong những người dưới đây giao hồ sơ cho bạn.</translation>
    </message>
    <message>
        <source>{name}, {time}</source>
        <translation>{name}, lúc {time}</translation>
    </message>
    <message>
        <source>{name} will no longer be able to read this case file. Take back access?</source>
        <translation>{name} sẽ không xem được hồ sơ này nữa. Thu hồi quyền xem?</translation>
    </message>
    <message>
        <source>You will no longer be able to read this case file yourself, until someone who holds it gives it back to you. Take back your own access?</source>
        <translation>Chính bạn sẽ không xem được hồ sơ này nữa, cho đến khi một người đang giữ hồ sơ giao lại cho bạn. Thu hồi quyền xem của chính bạn?</translation>
    </message>
    <message>
        <source>Take back access</source>
        <translation>Thu hồi quyền xem</translation>
    </message>
    <message>
        <source>Give access with the recovery key</source>
        <translation>Giao quyền xem bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>The recovery key did not give this case file: it was sealed before the recovery key was made and nobody who holds it has signed in since. Ask a person who holds it to give it.</source>
        <translation>Khóa khôi phục chưa giao được hồ sơ này: hồ sơ được niêm phong trước khi có khóa khôi phục và từ đó đến nay chưa có người giữ hồ sơ nào đăng nhập. Hãy đề nghị một người đang giữ hồ sơ giao hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>signatures</source>
        <translation>chữ ký</translation>
    </message>
    <message>
        <source>date line</source>
        <translation>dòng ngày tháng</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>tổng cộng</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Sheets read: {sheets}.</source>
        <translation>Đã đọc các trang tính: {sheets}.</translation>
    </message>
    <message>
        <source>Skipped {count} lines under the table: {kinds}. They are not pupils and are not imported.</source>
        <translation>Bỏ qua {count} dòng cuối bảng: {kinds}. Đó không phải là học sinh nên không được nhập.</translation>
    </message>
    <message>
        <source>{count} pupils have left according to the status column (Chuyển trường, Thôi học...): they are not added to the register.</source>
        <translation>{count} học sinh đã rời trường theo cột tình trạng (Chuyển trường, Thôi học...): không thêm vào sổ.</translation>
    </message>
    <message>
        <source>{count} of them are in the register: they are archived as having left (not deleted).</source>
        <translation>{count} em trong số đó đã có trong sổ: được chuyển vào lưu trữ là đã rời trường (không bị xóa).</translation>
    </message>
    <message>
        <source>The leading zeros of {count} identifiers are put back.</source>
        <translation>Đặt lại số 0 ở đầu cho {count} mã định danh.</translation>
    </message>
    <message>
        <source>{count} identifiers were stored by Excel as numbers and may have lost their leading zeros: see the list below.</source>
        <translation>{count} mã định danh bị Excel lưu thành số nên có thể đã mất số 0 ở đầu: xem danh sách bên dưới.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation>Dừng lại?</translation>
    </message>
    <message>
        <source>Stop now? Nothing is imported when you stop before the end.</source>
        <translation>Dừng ngay? Nếu dừng trước khi xong thì không có gì được nhập.</translation>
    </message>
    <message>
        <source>Stop importing?</source>
        <translation>Dừng nhập dữ liệu?</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Close the wizard?</source>
        <translation>Chưa có gì được nhập. Đóng cửa sổ nhập dữ liệu?</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>New inspection of the plan</source>
        <translation>Ghi lần kiểm tra việc thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>An inspection of how the school carries out its child protection plan: who checked what, what they found and what must follow.</source>
        <translation>Kiểm tra, giám sát việc thực hiện kế hoạch bảo vệ trẻ em của nhà trường: ai kiểm tra nội dung gì, kết quả ra sao và cần khắc phục những gì.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Change the inspection</source>
        <translation>Sửa lần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>names and roles, e.g. Nguyễn Văn A, Phó Hiệu trưởng</source>
        <translation>họ tên và chức vụ, ví dụ: Nguyễn Văn A, Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>e.g. the case files, the mailbox, the code of conduct in classes</source>
        <translation>ví dụ: hồ sơ vụ việc, hòm thư góp ý, việc thực hiện quy tắc ứng xử ở các lớp</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Inspected by:</source>
        <translation>Người kiểm t&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;What was checked:</source>
        <translation>Nội &amp;dung kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Kết quả kiểm tra:</translation>
    </message>
    <message>
        <source>Follow-up &amp;actions:</source>
        <translation>&amp;Việc cần khắc phục:</translation>
    </message>
    <message>
        <source>Type an action, its owner and due date, then press Enter to add it.</source>
        <translation>Gõ việc cần làm, người phụ trách và hạn, rồi nhấn Enter để thêm.</translation>
    </message>
    <message>
        <source>Add the action you typed (Enter), or clear its fields, before saving.</source>
        <translation>Thêm việc vừa gõ (nhấn Enter) hoặc xóa các ô đó trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>The school&apos;s own inspections of its plan (kiểm tra, giám sát): who checked what, the findings, and the follow-up actions with their owners and due dates.</source>
        <translation>Các lần nhà trường kiểm tra, giám sát việc thực hiện kế hoạch: ai kiểm tra nội dung gì, kết quả và những việc cần khắc phục, người phụ trách, thời hạn.</translation>
    </message>
    <message>
        <source>&amp;New inspection...</source>
        <translation>&amp;Ghi lần kiểm tra...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Action &amp;done</source>
        <translation>Việc đã &amp;xong</translation>
    </message>
    <message>
        <source>Action not &amp;done</source>
        <translation>Việc chưa &amp;xong</translation>
    </message>
    <message>
        <source>&amp;Print minute...</source>
        <translation>&amp;In biên bản...</translation>
    </message>
    <message>
        <source>Preview and print the minute (biên bản kiểm tra) of the chosen inspection (Ctrl+P)</source>
        <translation>Xem trước và in biên bản kiểm tra của lần kiểm tra đang chọn (Ctrl+P)</translation>
    </message>
    <message>
        <source>Date / due</source>
        <translation>Ngày / hạn</translation>
    </message>
    <message>
        <source>Inspected by / owner</source>
        <translation>Người kiểm tra / phụ trách</translation>
    </message>
    <message>
        <source>Findings / action</source>
        <translation>Kết quả / việc cần làm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No inspection recorded in this school year. Record one with &quot;New inspection&quot;.</source>
        <translation>Năm học này chưa ghi lần kiểm tra nào. Bấm “Ghi lần kiểm tra” để ghi.</translation>
    </message>
    <message>
        <source>Actions to do: {n}</source>
        <translation>Việc chưa xong: {n}</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>Đã xong mọi việc</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Xong ngày {date}</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Quá hạn</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có hạn</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Your unfinished case was restored. Check it and save it, or cancel.</source>
        <translation>Vụ việc bạn đang ghi dở đã được khôi phục. Hãy kiểm tra rồi lưu, hoặc hủy.</translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation>&amp;Lưu vụ việc</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New case: intake (Mẫu số 01)</source>
        <translation>Vụ việc mới: tiếp nhận thông tin (Mẫu số 01)</translation>
    </message>
    <message>
        <source>Fields marked * are needed. Write what you know now; the rest can be added to the chronology later. Times are HH:mm dd/mm/yyyy.</source>
        <translation>Các mục có dấu * là bắt buộc. Hãy ghi những gì đã biết; phần còn lại có thể bổ sung vào diễn biến vụ việc sau. Thời gian ghi theo dạng giờ:phút ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Vui lòng kiểm tra các ô được đánh dấu.</translation>
    </message>
    <message>
        <source>Looking for the same case...</source>
        <translation>Đang tìm vụ việc trùng...</translation>
    </message>
    <message>
        <source>Saving the case...</source>
        <translation>Đang lưu vụ việc...</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>1. The child or children *</source>
        <translation>1. Trẻ em liên quan *</translation>
    </message>
    <message>
        <source>Children of this case:</source>
        <translation>Trẻ em trong vụ việc:</translation>
    </message>
    <message>
        <source>2. What happened</source>
        <translation>2. Sự việc</translation>
    </message>
    <message>
        <source>Forms of abuse: *</source>
        <translation>Hình thức xâm hại: *</translation>
    </message>
    <message>
        <source>Choose every form that applies.</source>
        <translation>Chọn tất cả các hình thức phù hợp.</translation>
    </message>
    <message>
        <source>What &amp;happened: *</source>
        <translation>&amp;Sự việc: *</translation>
    </message>
    <message>
        <source>Briefly: what was seen or said, by whom, and when.</source>
        <translation>Tóm tắt: đã thấy gì hoặc ai đã nói gì, vào lúc nào.</translation>
    </message>
    <message>
        <source>e.g. the schoolyard, the child&apos;s home</source>
        <translation>ví dụ: sân trường, nhà của trẻ</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Địa điể&amp;m:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>xác định được</translation>
    </message>
    <message>
        <source>When it &amp;happened:</source>
        <translation>Thời điểm &amp;xảy ra:</translation>
    </message>
    <message>
        <source>When it was &amp;discovered:</source>
        <translation>Thời điểm &amp;phát hiện:</translation>
    </message>
    <message>
        <source>The written result report is due 3 days after this time.</source>
        <translation>Hạn báo cáo kết quả bằng văn bản là 3 ngày sau thời điểm này.</translation>
    </message>
    <message>
        <source>When the school &amp;received it:</source>
        <translation>Thời điểm &amp;tiếp nhận:</translation>
    </message>
    <message>
        <source>How it was r&amp;eceived:</source>
        <translation>Nguồn nhận thông ti&amp;n:</translation>
    </message>
    <message>
        <source>which one, e.g. the mailbox of class 3A</source>
        <translation>cụ thể, ví dụ: hòm thư lớp 3A</translation>
    </message>
    <message>
        <source>How it reached the sc&amp;hool:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>For &quot;Other&quot;, say which way in the box beside it.</source>
        <translation>Nếu chọn “Kênh khác”, ghi rõ kênh nào vào ô bên cạnh.</translation>
    </message>
    <message>
        <source>&amp;Injuries:</source>
        <translation>T&amp;hương tích:</translation>
    </message>
    <message>
        <source>What was seen on the child, where on the body.</source>
        <translation>Những gì quan sát được trên người trẻ, ở vị trí nào trên cơ thể.</translation>
    </message>
    <message>
        <source>Body &amp;map:</source>
        <translation>Đánh &amp;dấu trên hình cơ thể:</translation>
    </message>
    <message>
        <source>3. Who gave the information</source>
        <translation>3. Người cung cấp thông tin</translation>
    </message>
    <message>
        <source>The informant agrees to give their name and contact</source>
        <translation>Người cung cấp thông tin đồng ý cho biết họ tên và cách liên hệ</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>Điện thoạ&amp;i:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>4. Alleged perpetrators</source>
        <translation>4. Người bị nghi có hành vi xâm hại</translation>
    </message>
    <message>
        <source>For a staff member, choose the account: the case is then hidden from that person.</source>
        <translation>Nếu là cán bộ, giáo viên của trường, hãy chọn tài khoản của người đó: người đó sẽ không xem được vụ việc này.</translation>
    </message>
    <message>
        <source>5. The child&apos;s situation and family</source>
        <translation>5. Tình trạng của trẻ và hoàn cảnh gia đình</translation>
    </message>
    <message>
        <source>Current &amp;situation:</source>
        <translation>Tình t&amp;rạng hiện tại:</translation>
    </message>
    <message>
        <source>Likely &amp;consequences without help:</source>
        <translation>Hậu &amp;quả nếu không được hỗ trợ, can thiệp:</translation>
    </message>
    <message>
        <source>&amp;Family situation:</source>
        <translation>Hoàn cảnh gi&amp;a đình:</translation>
    </message>
    <message>
        <source>Parents&apos; names, ages and work; the home.</source>
        <translation>Họ tên, tuổi, nghề nghiệp của cha mẹ; nơi ở.</translation>
    </message>
    <message>
        <source>Current &amp;caregiver:</source>
        <translation>Người &amp;chăm sóc hiện tại:</translation>
    </message>
    <message>
        <source>Actions &amp;already taken:</source>
        <translation>&amp;Biện pháp đã thực hiện:</translation>
    </message>
    <message>
        <source>6. Assessment</source>
        <translation>6. Đánh giá</translation>
    </message>
    <message>
        <source>The child &amp;is:</source>
        <translation>Đối tượn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Risk level:</source>
        <translation>Mức độ ng&amp;uy cơ:</translation>
    </message>
    <message>
        <source>&amp;Urgent: the child&apos;s life, health or dignity is in serious danger (emergency measures within 12 hours)</source>
        <translation>&amp;Khẩn cấp: tính mạng, sức khỏe hoặc nhân phẩm của trẻ đang bị đe dọa nghiêm trọng (can thiệp khẩn cấp trong vòng 12 giờ)</translation>
    </message>
    <message>
        <source>Principal &amp;only: the counsellor will not see this case</source>
        <translation>&amp;Chỉ hiệu trưởng: tư vấn viên sẽ không xem được vụ việc này</translation>
    </message>
    <message>
        <source>say which way (required)</source>
        <translation>ghi rõ kênh nào (bắt buộc)</translation>
    </message>
    <message>
        <source>Name at least one child: search the register, or write the name of a child who is not a pupil.</source>
        <translation>Hãy ghi ít nhất một trẻ: tìm trong sổ theo dõi, hoặc ghi tên trẻ không phải học sinh của trường.</translation>
    </message>
    <message>
        <source>Choose at least one form of abuse.</source>
        <translation>Hãy chọn ít nhất một hình thức xâm hại.</translation>
    </message>
    <message>
        <source>Say which other way the information reached the school (e.g. a letter left at the gate).</source>
        <translation>Ghi rõ thông tin đến với nhà trường qua kênh nào khác (ví dụ: thư để lại ở cổng trường).</translation>
    </message>
    <message>
        <source>Describe briefly what happened.</source>
        <translation>Hãy mô tả ngắn gọn sự việc.</translation>
    </message>
    <message>
        <source>The school cannot receive the information before it was discovered.</source>
        <translation>Nhà trường không thể tiếp nhận thông tin trước thời điểm sự việc được phát hiện.</translation>
    </message>
    <message>
        <source>The incident cannot come after its discovery.</source>
        <translation>Thời điểm xảy ra sự việc không thể sau thời điểm phát hiện.</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>a new item; Enter adds it</source>
        <translation>mục mới; nhấn Enter để thêm</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>{name} leaves the school</source>
        <translation>{name} rời trường</translation>
    </message>
    <message>
        <source>They stay in the directory and in the attendance of past activities, but no longer count towards the share of staff trained. You can bring them back later.</source>
        <translation>Người này vẫn có trong danh sách cán bộ và trong danh sách tham dự các hoạt động đã qua, nhưng không còn được tính vào tỷ lệ cán bộ, giáo viên được tập huấn. Có thể đưa trở lại sau.</translation>
    </message>
    <message>
        <source>&amp;Mark as left</source>
        <translation>&amp;Ghi nhận đã nghỉ</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Ngày nghỉ:</translation>
    </message>
</context>
<context>
    <name>LeaverTable</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Change the protection level</source>
        <translation>Thay đổi cấp độ bảo vệ</translation>
    </message>
    <message>
        <source>Current level: {level}. The change is kept in the child&apos;s history with the date, the reason and your name.</source>
        <translation>Cấp độ hiện tại: {level}. Việc thay đổi được lưu trong lịch sử của trẻ, kèm ngày, lý do và tên của bạn.</translation>
    </message>
    <message>
        <source>&amp;Change the level</source>
        <translation>Đổi cấ&amp;p độ</translation>
    </message>
    <message>
        <source>for example VV-2024-2025/001</source>
        <translation>ví dụ: VV-2024-2025/001</translation>
    </message>
    <message>
        <source>New &amp;level *</source>
        <translation>&amp;Cấp độ mới *</translation>
    </message>
    <message>
        <source>&amp;Since *</source>
        <translation>&amp;Từ ngày *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Lý do *</translation>
    </message>
    <message>
        <source>For example: the review found the child needs support.</source>
        <translation>Ví dụ: qua rà soát, trẻ cần được hỗ trợ.</translation>
    </message>
    <message>
        <source>Case &amp;file</source>
        <translation>&amp;Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>The case file that led to the change, if there is one.</source>
        <translation>Hồ sơ vụ việc dẫn đến việc thay đổi, nếu có.</translation>
    </message>
    <message>
        <source>Write why the level changes.</source>
        <translation>Hãy ghi lý do thay đổi cấp độ.</translation>
    </message>
</context>
<context>
    <name>LimitCounter</name>
    <message>
        <source>Too long: {length} / {limit} characters</source>
        <translation>Dài quá: {length} / {limit} ký tự</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} ký tự</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>KimBai Desktop is locked</source>
        <translation>KimBai Desktop đang khóa</translation>
    </message>
    <message>
        <source>The data is closed. Sign in to go on; any account may sign in.</source>
        <translation>Dữ liệu đã được đóng lại. Hãy đăng nhập để tiếp tục; tài khoản nào cũng đăng nhập được.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Hide everything and close the data at once</source>
        <translation>Ẩn mọi thứ và đóng dữ liệu ngay lập tức</translation>
    </message>
    <message>
        <source>Close the data and return to the unlock screen</source>
        <translation>Đóng dữ liệu và quay về màn hình mở khóa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>&amp;About KimBai Desktop</source>
        <translation>&amp;Giới thiệu KimBai Desktop</translation>
    </message>
    <message>
        <source>&amp;Getting started guide</source>
        <translation>&amp;Hướng dẫn bắt đầu</translation>
    </message>
    <message>
        <source>Installing, first set-up, accounts, the class list, backups: one page to print</source>
        <translation>Cài đặt, thiết lập lần đầu, tài khoản, danh sách lớp, sao lưu: một trang để in</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The school information has changes that are not saved. Discard them?</source>
        <translation>Thông tin nhà trường có thay đổi chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Nội dung của từng cột</translation>
    </message>
    <message>
        <source>Step 3 of 5: the guesses are filled in; correct them where needed. Columns set to &quot;Not imported&quot; are left out.</source>
        <translation>Bước 3/5: phần mềm đã tự nhận diện các cột; hãy sửa lại nếu cần. Các cột đặt là &quot;Không nhập&quot; sẽ được bỏ qua.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tên cột trong tệp</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Cột {letter}</translation>
    </message>
    <message>
        <source>Each kind of value may come from one column only: {fields}. Set the other column to &quot;Not imported&quot;.</source>
        <translation>Mỗi loại thông tin chỉ được lấy từ một cột: {fields}. Hãy đặt cột còn lại là &quot;Không nhập&quot;.</translation>
    </message>
    <message>
        <source>Choose the column that holds the pupils&apos; full names (Họ và tên).</source>
        <translation>Hãy chọn cột chứa họ và tên học sinh (Họ và tên).</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Slides, handouts, photos and sign-in sheets are kept encrypted with the activity (at most 20 MB each). Pictures, PDF documents and plain text open here; a copy saved outside is not encrypted.</source>
        <translation>Bài trình chiếu, tài liệu phát tay, ảnh và danh sách ký tên được mã hóa và lưu kèm hoạt động (mỗi tệp tối đa 20 MB). Hình ảnh, tài liệu PDF và văn bản thuần mở được ngay tại đây; bản sao được lưu ra ngoài không được mã hóa.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} (ngày {date})</translation>
    </message>
    <message>
        <source>Choose the material to keep with the activity</source>
        <translation>Chọn tài liệu cần lưu kèm hoạt động</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Tài liệu và hình ảnh (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.txt *.png *.jpg *.jpeg);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Make it smaller (fewer or smaller pictures) and try again.</source>
        <translation>Tệp lớn hơn 20 MB. Hãy làm tệp nhỏ lại (bớt hình ảnh hoặc dùng ảnh nhỏ hơn) rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong and the action was not completed. Please try again; if it happens again, close KimBai Desktop and open it again.</source>
        <translation>Đã xảy ra lỗi không mong muốn nên thao tác chưa hoàn tất. Vui lòng thử lại; nếu lỗi vẫn lặp lại, hãy đóng KimBai Desktop rồi mở lại.</translation>
    </message>
    <message>
        <source>KimBai Desktop</source>
        <translation>KimBai Desktop</translation>
    </message>
</context>
<context>
    <name>NewSchoolYearDialog</name>
    <message>
        <source>Start a new school year</source>
        <translation>Bắt đầu năm học mới</translation>
    </message>
    <message>
        <source>Loading the classes...</source>
        <translation>Đang tải danh sách lớp...</translation>
    </message>
    <message>
        <source>Class now</source>
        <translation>Lớp hiện tại</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Số học sinh</translation>
    </message>
    <message>
        <source>Class next year</source>
        <translation>Lớp năm học tới</translation>
    </message>
    <message>
        <source>Leaves the school</source>
        <translation>Rời trường</translation>
    </message>
    <message>
        <source>Pupils who repeat the year (lưu ban)</source>
        <translation>Học sinh lưu ban</translation>
    </message>
    <message>
        <source>They stay in a class of the same name. Choose a class, then tick the pupils.</source>
        <translation>Các em ở lại lớp có cùng tên lớp. Hãy chọn lớp, rồi đánh dấu các học sinh.</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Start the new school year</source>
        <translation>&amp;Bắt đầu năm học mới</translation>
    </message>
    <message>
        <source>From {old} to {new}. Check the class each class moves to; a class that completes primary school leaves the lists (its pupils are archived, not deleted).</source>
        <translation>Từ năm học {old} sang năm học {new}. Hãy kiểm tra lớp mới của từng lớp; lớp hoàn thành chương trình tiểu học sẽ rời khỏi danh sách (học sinh được lưu trữ, không bị xóa).</translation>
    </message>
    <message>
        <source>Completes primary school</source>
        <translation>Hoàn thành chương trình tiểu học</translation>
    </message>
    <message>
        <source>Class {name} has no class for next year. Type one, or tick &quot;Completes primary school&quot;.</source>
        <translation>Lớp {name} chưa có lớp cho năm học tới. Hãy nhập tên lớp, hoặc đánh dấu &quot;Hoàn thành chương trình tiểu học&quot;.</translation>
    </message>
    <message>
        <source>Repeating: {count}</source>
        <translation>Lưu ban: {count}</translation>
    </message>
    <message>
        <source>Start the school year {new}? {classes} classes move up, {leaving} pupils complete primary school and {repeating} repeat the year. The school information moves to {new} as well.</source>
        <translation>Bắt đầu năm học {new}? {classes} lớp lên lớp, {leaving} học sinh hoàn thành chương trình tiểu học và {repeating} học sinh lưu ban. Thông tin nhà trường cũng chuyển sang năm học {new}.</translation>
    </message>
    <message>
        <source>Moving the classes to the new school year...</source>
        <translation>Đang chuyển các lớp sang năm học mới...</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>Năm học mới</translation>
    </message>
    <message>
        <source>The school year {year} has started: {promoted} pupils moved up, {completed} completed primary school, {repeating} repeat the year.</source>
        <translation>Đã bắt đầu năm học {year}: {promoted} học sinh lên lớp, {completed} học sinh hoàn thành chương trình tiểu học, {repeating} học sinh lưu ban.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The new school year has not started. Close this window and lose your choices?</source>
        <translation>Năm học mới chưa được bắt đầu. Đóng cửa sổ này và bỏ các lựa chọn đã làm?</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Record a call or notification</source>
        <translation>Ghi nhận cuộc gọi, thông báo</translation>
    </message>
    <message>
        <source>The law asks the school to report at once (thông báo ngay). Reaching {first} or {last} completes the reporting step.</source>
        <translation>Pháp luật yêu cầu nhà trường thông báo ngay. Khi đã liên lạc được với {first} hoặc {last} thì bước thông báo được tính là đã hoàn thành.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>&amp;Who was notified:</source>
        <translation>Thông báo &amp;cho:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Thời điểm:</translation>
    </message>
    <message>
        <source>Time and date (HH:mm dd/mm/yyyy); change it if the call was made earlier.</source>
        <translation>Giờ:phút ngày/tháng/năm; sửa lại nếu cuộc gọi diễn ra trước đó.</translation>
    </message>
    <message>
        <source>&amp;Person reached:</source>
        <translation>&amp;Người tiếp nhận:</translation>
    </message>
    <message>
        <source>Name or position of the person who took the call.</source>
        <translation>Họ tên hoặc chức vụ của người nghe máy.</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Số tham chiếu:</translation>
    </message>
    <message>
        <source>A number or code they gave, if any.</source>
        <translation>Số hoặc mã mà bên tiếp nhận cung cấp, nếu có.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>What was agreed or what they will do.</source>
        <translation>Những gì đã thống nhất hoặc việc bên tiếp nhận sẽ làm.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read the deadlines again (F5)</source>
        <translation>Cập nhật lại các thời hạn (F5)</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Cập nhật lại số liệu (F5)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>vụ việc đang xử lý</translation>
    </message>
    <message>
        <source>new concerns from teachers</source>
        <translation>tin báo mới của giáo viên</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>New concerns from teachers</source>
        <translation>Tin báo mới của giáo viên</translation>
    </message>
    <message>
        <source>O&amp;pen the case</source>
        <translation>&amp;Mở vụ việc</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>Đánh dấu đã đọ&amp;c</translation>
    </message>
    <message>
        <source>Only the case number and the time are shown here. Open the case to read it.</source>
        <translation>Ở đây chỉ hiện mã vụ việc và thời điểm. Hãy mở vụ việc để đọc nội dung.</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Hôm nay: {date}</translation>
    </message>
    <message>
        <source>No new concern.</source>
        <translation>Không có tin báo mới.</translation>
    </message>
    <message>
        <source>Enter or click: open the record</source>
        <translation>Bấm Enter hoặc nhấp chuột để mở hồ sơ</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Không có việc nào đến hạn. Rất tốt!</translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation>Nhiệm vụ trong kế hoạch</translation>
    </message>
    <message>
        <source>Plan task: {title}</source>
        <translation>Nhiệm vụ theo kế hoạch: {title}</translation>
    </message>
    <message>
        <source>Periodic review of the child</source>
        <translation>Rà soát định kỳ tình hình của trẻ</translation>
    </message>
    <message>
        <source>Inspection follow-up: {action}</source>
        <translation>Khắc phục sau kiểm tra: {action}</translation>
    </message>
    <message>
        <source>Report to send: {title}</source>
        <translation>Báo cáo phải gửi: {title}</translation>
    </message>
    <message>
        <source>Target of the plan: {target}</source>
        <translation>Chỉ tiêu kế hoạch: {target}</translation>
    </message>
    <message>
        <source>Check of the safe school environment for {year} not done yet</source>
        <translation>Chưa kiểm tra môi trường giáo dục an toàn năm học {year}</translation>
    </message>
    <message>
        <source>Receipt of the handover package not returned yet</source>
        <translation>Chưa nhận lại giấy biên nhận hồ sơ chuyển trường</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Type how many people came, by sex when it was noted. Staff and pupils ticked by name below are counted when their row is left empty.</source>
        <translation>Nhập số người tham dự, chia theo giới tính nếu có ghi nhận. Nếu để trống dòng của cán bộ, giáo viên hoặc học sinh thì tính theo số người được đánh dấu theo tên ở dưới.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, giáo viên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>Cán bộ, giáo viên tham dự</translation>
    </message>
    <message>
        <source>Pupils by class</source>
        <translation>Học sinh theo lớp</translation>
    </message>
    <message>
        <source>Staff who attended ({n})</source>
        <translation>Cán bộ, giáo viên tham dự ({n})</translation>
    </message>
    <message>
        <source>Pupils by class ({n})</source>
        <translation>Học sinh theo lớp ({n})</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The package is ready</source>
        <translation>Đã lập xong gói hồ sơ</translation>
    </message>
    <message>
        <source>Give this passphrase to the receiving school by another way than the file: print the handover slip, which carries it. It is shown only now.</source>
        <translation>Chuyển mật khẩu này cho trường nhận bằng đường khác với tệp: hãy in biên bản bàn giao (có ghi mật khẩu). Mật khẩu chỉ hiện lần này.</translation>
    </message>
    <message>
        <source>This school&apos;s key: {fingerprint}</source>
        <translation>Dấu nhận dạng khóa của trường: {fingerprint}</translation>
    </message>
    <message>
        <source>Save the handover &amp;slip (PDF)...</source>
        <translation>Lưu &amp;biên bản bàn giao (PDF)...</translation>
    </message>
    <message>
        <source>Save the &amp;receipt to sign (PDF)...</source>
        <translation>Lưu &amp;giấy biên nhận để ký (PDF)...</translation>
    </message>
    <message>
        <source>Save the handover slip</source>
        <translation>Lưu biên bản bàn giao</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu giấy biên nhận</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Vui lòng chờ...</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation>Gói hồ sơ chuyển trường</translation>
    </message>
    <message>
        <source>The passphrase will not be shown again and no slip was saved. Close anyway?</source>
        <translation>Mật khẩu sẽ không hiện lại và chưa lưu biên bản bàn giao. Vẫn đóng?</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Who: a name or a description</source>
        <translation>Ai: họ tên hoặc mô tả</translation>
    </message>
    <message>
        <source>(choose the account)</source>
        <translation>(chọn tài khoản)</translation>
    </message>
    <message>
        <source>The staff member&apos;s account: the case is then hidden from that person.</source>
        <translation>Tài khoản của cán bộ, giáo viên đó: người này sẽ không xem được vụ việc.</translation>
    </message>
    <message>
        <source>Add this &amp;person</source>
        <translation>Thêm &amp;người này</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>for example: Chủ tịch {commune}</source>
        <translation>ví dụ: Chủ tịch {commune}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>The measures of the plan and what it asks of the school.</source>
        <translation>Các biện pháp của kế hoạch và những việc giao cho nhà trường.</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>Người &amp;phê duyệt:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Ngày phê &amp;duyệt:</translation>
    </message>
    <message>
        <source>&amp;What the plan says:</source>
        <translation>&amp;Nội dung kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>A&amp;dd a task...</source>
        <translation>&amp;Thêm nhiệm vụ...</translation>
    </message>
    <message>
        <source>New status of the selected task</source>
        <translation>Tình trạng mới của nhiệm vụ đã chọn</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Cập nhật tình t&amp;rạng</translation>
    </message>
    <message>
        <source>Selected task:</source>
        <translation>Nhiệm vụ đã chọn:</translation>
    </message>
    <message>
        <source>Support and intervention plan</source>
        <translation>Kế hoạch hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <source>The commune chair approves the plan (Luật Trẻ em, Điều 52). Record the plan as received, then the tasks it gives to the school.</source>
        <translation>Chủ tịch UBND xã phê duyệt kế hoạch (Luật Trẻ em, Điều 52). Hãy ghi lại kế hoạch như đã nhận được, rồi ghi các nhiệm vụ giao cho nhà trường.</translation>
    </message>
    <message>
        <source>The school&apos;s tasks</source>
        <translation>Nhiệm vụ của nhà trường</translation>
    </message>
    <message>
        <source>Enter the date the plan was approved.</source>
        <translation>Hãy nhập ngày kế hoạch được phê duyệt.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <source>The plan is recorded.</source>
        <translation>Đã ghi nhận kế hoạch.</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>Security, backups, deadlines and lists</source>
        <translation>Bảo mật, sao lưu, thời hạn và danh sách</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> giây</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> bản</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>Make an automatic &amp;backup every day and on exit</source>
        <translation>Tự động sa&amp;o lưu mỗi ngày và khi thoát</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>Tự khóa màn &amp;hình sau</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after</source>
        <translation>Xóa nội dung đã sao &amp;chép sau</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>&amp;Review each child every</source>
        <translation>Chu kỳ &amp;rà soát mỗi trẻ</translation>
    </message>
    <message>
        <source>&amp;First review after</source>
        <translation>Rà soát &amp;lần đầu sau</translation>
    </message>
    <message>
        <source>Report &amp;at once within</source>
        <translation>Thông báo &amp;ngay trong vòng</translation>
    </message>
    <message>
        <source>&amp;Emergency measures within</source>
        <translation>Can thiệp &amp;khẩn cấp trong vòng</translation>
    </message>
    <message>
        <source>Support &amp;plan within</source>
        <translation>Lậ&amp;p kế hoạch trong vòng</translation>
    </message>
    <message>
        <source>Written &amp;result report within</source>
        <translation>&amp;Báo cáo kết quả trong vòng</translation>
    </message>
    <message>
        <source>Case re&amp;view after</source>
        <translation>Rà soát &amp;vụ việc sau</translation>
    </message>
    <message>
        <source>Keep closed case &amp;files</source>
        <translation>Lưu hồ sơ vụ việc đã &amp;kết thúc</translation>
    </message>
    <message>
        <source>Keep pupils who le&amp;ft</source>
        <translation>Lưu hồ sơ học sinh đã &amp;rời trường</translation>
    </message>
    <message>
        <source>Keep trai&amp;ning records</source>
        <translation>Lưu hồ sơ tập &amp;huấn</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input. From {low} to {high}.</source>
        <translation>Khi không dùng bàn phím hay chuột. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Text copied from KimBai Desktop is removed from the clipboard. From {low} to {high}.</source>
        <translation>Nội dung sao chép từ KimBai Desktop được xóa khỏi bộ nhớ tạm. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Automatic backups kept in the data folder; older ones are deleted. From {low} to {high}.</source>
        <translation>Số bản sao lưu tự động giữ trong thư mục dữ liệu; bản cũ hơn sẽ bị xóa. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Periodic review of children in the register; about one semester is 135. From {low} to {high}.</source>
        <translation>Rà soát định kỳ trẻ trong sổ theo dõi; một học kỳ khoảng 135 ngày. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>After a child enters the register. From {low} to {high}.</source>
        <translation>Tính từ khi trẻ được đưa vào sổ theo dõi. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>From receipt: &quot;thông báo ngay&quot; (Nghị định 56). 4 hours is one working session, while the people to call are at work. From {low} to {high}.</source>
        <translation>Tính từ lúc tiếp nhận: &quot;thông báo ngay&quot; (Nghị định 56). 4 giờ là một buổi làm việc, khi nơi cần báo còn người trực. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>From receipt, for urgent cases (Nghị định 56: 12 hours). From {low} to {high}.</source>
        <translation>Tính từ khi tiếp nhận, với vụ việc khẩn cấp (Nghị định 56: 12 giờ). Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>The commune&apos;s deadline, from receipt (Nghị định 56: 5 working days); the school waits for it and follows up. From {low} to {high}.</source>
        <translation>Thời hạn của UBND xã, tính từ lúc tiếp nhận (Nghị định 56: 5 ngày làm việc); nhà trường chờ và đôn đốc. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>After the case is closed; then the overview lists it as due for destruction. The school&apos;s own choice: no text found fixes it (check the table of Thông tư 27/2016/TT-BGDĐT). From {low} to {high}.</source>
        <translation>Tính từ ngày kết thúc vụ việc; hết thời hạn, trang Tổng quan ghi hồ sơ vào mục Đến hạn hủy. Thời hạn do nhà trường quy định: chưa tìm thấy văn bản nào quy định (hãy đối chiếu bảng thời hạn của Thông tư 27/2016/TT-BGDĐT). Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>After a pupil left the school (the register entry). The school&apos;s own choice. From {low} to {high}.</source>
        <translation>Tính từ ngày học sinh rời trường (hồ sơ trong sổ theo dõi). Thời hạn do nhà trường quy định. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>After the activity; for the school&apos;s archive list, not deleted by the program. The access log and the register of issued documents are kept. From {low} to {high}.</source>
        <translation>Tính từ ngày tổ chức hoạt động; dùng cho danh mục lưu trữ của trường, phần mềm không tự xóa. Nhật ký truy cập và sổ văn bản đi được giữ lâu dài. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>School&apos;s own &amp;days off</source>
        <translation>Ngà&amp;y nghỉ riêng của trường</translation>
    </message>
    <message>
        <source>Vietnam&apos;s public holidays are counted already (Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, both National Day holidays, nghỉ bù): add only the days the school itself is off. One date per line, dd/mm/yyyy.</source>
        <translation>Các ngày nghỉ lễ, Tết của Nhà nước đã được tính sẵn (Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, hai ngày Quốc khánh, ngày nghỉ bù): chỉ thêm những ngày riêng trường được nghỉ. Mỗi dòng một ngày, dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>&amp;Make-up working days</source>
        <translation>Ngày là&amp;m bù</translation>
    </message>
    <message>
        <source>A Saturday or Sunday the school works to make up for a day off: it counts as a working day. One date per line, dd/mm/yyyy.</source>
        <translation>Thứ Bảy hoặc Chủ nhật trường đi làm bù cho một ngày nghỉ: được tính là ngày làm việc. Mỗi dòng một ngày, dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <source>From discovery (the school&apos;s plan: 3 days). From {low} to {high}.</source>
        <translation>Tính từ khi phát hiện (kế hoạch của trường: 03 ngày). Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>From the approval of the plan. From {low} to {high}.</source>
        <translation>Tính từ khi kế hoạch được phê duyệt. Từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Family name, then middle name (as school class lists)</source>
        <translation>Họ trước, rồi đến tên đệm (như danh sách lớp của trường)</translation>
    </message>
    <message>
        <source>Middle name, then family name</source>
        <translation>Tên đệm trước, rồi đến họ</translation>
    </message>
    <message>
        <source>Lists sort by given name. Among pupils (and staff) with the same given name, the first choice puts Lê Thị Anh before Nguyễn An Anh, the second the other way round. It applies to the register, its Excel and printed lists.</source>
        <translation>Danh sách xếp theo tên. Học sinh (và cán bộ, giáo viên) trùng tên: cách thứ nhất xếp Lê Thị Anh trước Nguyễn An Anh, cách thứ hai ngược lại. Áp dụng cho sổ theo dõi, danh sách xuất ra Excel và danh sách in.</translation>
    </message>
    <message>
        <source>Same &amp;given name</source>
        <translation>Trùng &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Save the options</source>
        <translation>Lư&amp;u tùy chọn</translation>
    </message>
    <message>
        <source>Only the principal can change these options.</source>
        <translation>Chỉ hiệu trưởng mới thay đổi được các tùy chọn này.</translation>
    </message>
    <message>
        <source>Counted already in {year}: {days}</source>
        <translation>Đã tính sẵn trong năm {year}: {days}</translation>
    </message>
    <message>
        <source>The options have been saved.</source>
        <translation>Đã lưu tùy chọn.</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ProcedureBar</name>
    <message>
        <source>The case is closed; no deadline is running.</source>
        <translation>Hồ sơ đã kết thúc; không còn thời hạn nào.</translation>
    </message>
    <message>
        <source>No procedure deadline is running.</source>
        <translation>Hiện không có thời hạn nào của quy trình.</translation>
    </message>
    <message>
        <source>Next deadline: {step}, due {time} ({state})</source>
        <translation>Hạn tiếp theo: {step}, hạn {time} ({state})</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Add a pupil</source>
        <translation>Thêm học sinh</translation>
    </message>
    <message>
        <source>Fields marked * are required. Search the list first: the pupil may already be there.</source>
        <translation>Các mục có dấu * là bắt buộc. Hãy tìm trong danh sách trước: có thể học sinh đã có sẵn.</translation>
    </message>
    <message>
        <source>&amp;Add the pupil</source>
        <translation>&amp;Thêm học sinh</translation>
    </message>
    <message>
        <source>Change the pupil&apos;s details</source>
        <translation>Sửa thông tin học sinh</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Các mục có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Full &amp;name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <source>or &amp;estimated age:</source>
        <translation>hoặc &amp;tuổi ước lượng:</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, typed or picked from the calendar. The age only when the date is not known.</source>
        <translation>Ngày/tháng/năm, gõ vào hoặc chọn trên lịch. Chỉ ghi tuổi khi không biết ngày sinh.</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>Lớ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Identifier (mã định danh)</source>
        <translation>&amp;Mã định danh</translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation>&amp;Dân tộc</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Địa &amp;chỉ</translation>
    </message>
    <message>
        <source>&amp;Parents and guardians</source>
        <translation>Cha mẹ, người &amp;giám hộ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ghi c&amp;hú</translation>
    </message>
    <message>
        <source>Enter the pupil&apos;s full name, for example Nguyễn Thị Lan.</source>
        <translation>Hãy nhập họ và tên học sinh, ví dụ Nguyễn Thị Lan.</translation>
    </message>
    <message>
        <source>Each parent or guardian needs a name; remove the empty row or fill it in.</source>
        <translation>Mỗi cha mẹ hoặc người giám hộ cần có tên; hãy xóa dòng trống hoặc điền vào.</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Name or identifier, accents not needed</source>
        <translation>Tên hoặc mã định danh, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>Add the &amp;pupil</source>
        <translation>Thêm &amp;học sinh</translation>
    </message>
    <message>
        <source>Your account cannot search the register; write the child&apos;s name instead.</source>
        <translation>Tài khoản của bạn không được tìm trong sổ theo dõi; hãy ghi tên trẻ.</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>lớp {name}</translation>
    </message>
    <message>
        <source>Choose a class...</source>
        <translation>Chọn lớp...</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>Optional: tick pupils by name when a list is needed. Otherwise type the number of pupils in the audiences table.</source>
        <translation>Không bắt buộc: đánh dấu từng học sinh khi cần danh sách theo tên. Nếu không, hãy nhập số học sinh vào bảng đối tượng tham dự.</translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp độ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Nguy cơ</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Rà soát tiếp theo</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>Bấm để sắp xếp theo cột này; bấm lần nữa để đảo thứ tự.</translation>
    </message>
    <message>
        <source>Letters of the groups of children in special circumstances (Luật Trẻ em, Điều 10)</source>
        <translation>Chữ cái của các nhóm trẻ em có hoàn cảnh đặc biệt (Luật Trẻ em, Điều 10)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Hẹn giờ in:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Thông tin tính &amp;phí:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Mức ư&amp;u tiên:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>Trang &amp;đầu:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>Trang &amp;cuối:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Vào giờ cụ thể</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Có độ mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Xem trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại thư mục trước</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đến thư mục sau</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Các vị trí và thư mục đánh dấu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Danh sách tệp</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Loại tệ&amp;p:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1” không?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” đang được chống ghi.
Bạn vẫn muốn xóa chứ?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cỡ tệp</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Khay giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang, xoay ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc, xoay ngược</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Số tran&amp;g mỗi tờ:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Khổ kiến trúc A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Khổ kiến trúc B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Khổ kiến trúc C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Khổ kiến trúc D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Khổ kiến trúc E</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy in liên tục Đức (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy in liên tục Đức Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy in liên tục Mỹ (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Phong bì thiệp mời</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Phong bì Ý</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Phong bì cá nhân</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Các trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Các trang chẵn</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp…</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Tệp %1 đã có.
Bạn có muốn ghi đè lên tệp này không?</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Danh sách trang không hợp lệ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>“%1” ghi chưa đúng. Hãy dùng dấu phẩy (,) để ngăn cách các trang và các khoảng trang, dấu gạch ngang (-) để ghi một khoảng trang, và để các khoảng không trùng nhau.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Thiết lập in hai mặt bị xung đột</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt có chỗ xung đột. Bạn có muốn sửa lại không?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng được cùng lúc “Số trang mỗi tờ” và “In các trang”.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Thiết lập trang bị xung đột</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Thiết lập trang có chỗ xung đột. Bạn có muốn sửa lại không?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Tùy chọn nâng cao bị xung đột</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao xung đột với nhau. Bạn có muốn sửa lại không?</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>Giá trị tùy chỉnh cho %1</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn xung đột với nhau. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>In các tran&amp;g:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>In màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang độ xám</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ghi các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Một khoảng trang là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Th&amp;uộc tính</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp &amp;xuất:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp tục &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>The law has no form for a school&apos;s periodic review of a child: these points are the school&apos;s own. The forms of Nghị định 56/2017/NĐ-CP are the commune&apos;s, for one case.</source>
        <translation>Pháp luật không có biểu mẫu cho việc rà soát định kỳ của nhà trường: các tiêu chí này do nhà trường đặt ra. Các biểu mẫu của Nghị định 56/2017/NĐ-CP dùng cho cấp xã, theo từng vụ việc.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt returned</source>
        <translation>Đã nhận lại giấy biên nhận</translation>
    </message>
    <message>
        <source>The signed receipt of {school} for handover no. {id} came back.</source>
        <translation>Giấy biên nhận có chữ ký của {school} cho lượt chuyển hồ sơ số {id} đã được gửi lại.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Ngày *</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Người &amp;ký</translation>
    </message>
    <message>
        <source>Type the day the receipt came back.</source>
        <translation>Hãy gõ ngày nhận lại giấy biên nhận.</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Records received from another school</source>
        <translation>Hồ sơ nhận từ trường khác</translation>
    </message>
    <message>
        <source>Kept as they came from the sending school; they cannot be changed here.</source>
        <translation>Được giữ nguyên như khi trường gửi chuyển đến; không sửa được ở đây.</translation>
    </message>
    <message>
        <source>&amp;Save the document...</source>
        <translation>&amp;Lưu tài liệu...</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <source>The chronology is intact: {entries} entries in {cases} case files, as the sending school wrote them.</source>
        <translation>Diễn biến còn nguyên vẹn: {entries} ghi chép trong {cases} hồ sơ vụ việc, đúng như trường gửi đã ghi.</translation>
    </message>
    <message>
        <source>The chronology of case file {code} was changed after it was written (entry {seq}). Tell the sending school.</source>
        <translation>Diễn biến của hồ sơ {code} đã bị sửa sau khi ghi (ghi chép số {seq}). Hãy báo cho trường gửi.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Trường gửi</translation>
    </message>
    <message>
        <source>Pupil number</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày chuyển đi</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Cha mẹ, người chăm sóc</translation>
    </message>
    <message>
        <source>Protection level history</source>
        <translation>Lịch sử cấp độ bảo vệ</translation>
    </message>
    <message>
        <source>Case file {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung sự việc</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Tình trạng hiện tại</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Hành động đã thực hiện</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Kế hoạch hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Lưu tài liệu</translation>
    </message>
</context>
<context>
    <name>RecoveryGrantDialog</name>
    <message>
        <source>Give access with the recovery key</source>
        <translation>Giao quyền xem bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Use this when nobody who holds the sealed case file can give it (for example after a password reset). The chair of the school&apos;s child-protection board types in the key from the printed sheet &quot;Recovery key for sealed case files&quot;. The key is not kept on this computer.</source>
        <translation>Chỉ dùng khi không còn ai đang giữ hồ sơ niêm phong để giao (ví dụ sau khi đặt lại mật khẩu). Trưởng ban bảo vệ trẻ em của trường nhập khóa từ tờ giấy đã in &quot;Khóa khôi phục hồ sơ niêm phong&quot;. Khóa không được lưu trên máy này.</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Giao quyền xem</translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation>Giao &amp;cho:</translation>
    </message>
    <message>
        <source>Principals and counsellors who are not named in the case.</source>
        <translation>Hiệu trưởng và cán bộ tư vấn không bị nêu tên trong hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Khóa khôi phục:</translation>
    </message>
    <message>
        <source>The groups of letters and digits on the sheet; dashes and spaces do not matter.</source>
        <translation>Các nhóm chữ và số trên tờ giấy; không cần gõ dấu gạch ngang hay khoảng trắng.</translation>
    </message>
    <message>
        <source>There is nobody to give it to.</source>
        <translation>Không có ai để giao hồ sơ.</translation>
    </message>
    <message>
        <source>Type in the recovery key from the printed sheet.</source>
        <translation>Hãy nhập khóa khôi phục ghi trên tờ giấy đã in.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Mã khôi phục mới của nhà trường</translation>
    </message>
    <message>
        <source>The previous recovery key no longer works. Destroy the old sheet.</source>
        <translation>Mã khôi phục cũ không còn dùng được. Hãy hủy tờ giấy cũ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Print or write down the recovery key, then tick the box to confirm. It will not be shown again.</source>
        <translation>Hãy in hoặc chép lại mã khôi phục, rồi đánh dấu vào ô xác nhận. Mã sẽ không được hiển thị lại.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Mã khôi phục của nhà trường</translation>
    </message>
    <message>
        <source>It is shown only this once. Print it or write it down before you finish.</source>
        <translation>Mã chỉ hiển thị một lần này. Hãy in hoặc chép lại trước khi hoàn tất.</translation>
    </message>
    <message>
        <source>If every password is forgotten, this key is the only way to open the school&apos;s data again. Nobody else can recover it, not even the makers of KimBai Desktop.</source>
        <translation>Nếu quên tất cả mật khẩu, mã này là cách duy nhất để mở lại dữ liệu của nhà trường. Không ai khác lấy lại được dữ liệu, kể cả những người làm ra KimBai Desktop.</translation>
    </message>
    <message>
        <source>Keep the paper in a locked place, such as the school&apos;s safe. Do not save the key on this computer and do not send it by message or e-mail.</source>
        <translation>Hãy cất tờ giấy ở nơi có khóa, chẳng hạn tủ an toàn của nhà trường. Không lưu mã trên máy tính này và không gửi mã qua tin nhắn hay thư điện tử.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key...</source>
        <translation>&amp;In mã khôi phục…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>Tôi đã in hoặc &amp;chép lại mã khôi phục</translation>
    </message>
    <message>
        <source>Keep this sheet in a locked place, such as the school&apos;s safe.</source>
        <translation>Cất tờ giấy này ở nơi có khóa, chẳng hạn tủ an toàn của nhà trường.</translation>
    </message>
    <message>
        <source>If every password is forgotten, this key opens the data again so that a new password can be set.</source>
        <translation>Nếu quên tất cả mật khẩu, mã này giúp mở lại dữ liệu để đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>Anyone who has this key and a copy of the data can read it: never copy the key into a file, a message or an e-mail.</source>
        <translation>Bất kỳ ai có mã này và một bản sao dữ liệu đều đọc được dữ liệu: không bao giờ chép mã vào tệp, tin nhắn hay thư điện tử.</translation>
    </message>
    <message>
        <source>KimBai Desktop recovery key</source>
        <translation>Mã khôi phục KimBai Desktop</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out.</source>
        <translation>Đã gửi đến máy in. Hãy kiểm tra xem trang in đã ra chưa.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Nơi chuyển đến</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Update the status</source>
        <translation>&amp;Cập nhật tình trạng</translation>
    </message>
    <message>
        <source>Selected referral:</source>
        <translation>Lần chuyển tuyến đã chọn:</translation>
    </message>
    <message>
        <source>The service or person, e.g. Trung tâm công tác xã hội, trạm y tế xã.</source>
        <translation>Cơ quan, dịch vụ hoặc người nhận, ví dụ: Trung tâm công tác xã hội, trạm y tế xã.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dịch vụ:</translation>
    </message>
    <message>
        <source>Re&amp;ferred to:</source>
        <translation>&amp;Nơi chuyển đến:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Ngày chu&amp;yển:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Record the referral</source>
        <translation>Ghi nhận &amp;chuyển tuyến</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Chuyển tuyến</translation>
    </message>
    <message>
        <source>Refer the child to a service</source>
        <translation>Chuyển tuyến trẻ đến dịch vụ hỗ trợ</translation>
    </message>
    <message>
        <source>Enter the service or person the child is referred to.</source>
        <translation>Hãy nhập cơ quan, dịch vụ hoặc người nhận chuyển tuyến trẻ.</translation>
    </message>
    <message>
        <source>Enter the date the referral was sent.</source>
        <translation>Hãy nhập ngày chuyển tuyến.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Periodic review</source>
        <translation>Rà soát định kỳ</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register to Excel</source>
        <translation>Xuất sổ theo dõi ra Excel</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>{count} pupils were saved in {file}, protected by the password you chose. Give the password to the recipient separately. Delete the file when you no longer need it.</source>
        <translation>Đã lưu {count} học sinh vào tệp {file}, có mật khẩu bảo vệ do bạn đặt. Hãy báo mật khẩu cho người nhận riêng. Hãy xóa tệp khi không còn cần đến.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register of pupils</source>
        <translation>Sổ theo dõi học sinh</translation>
    </message>
    <message>
        <source>&amp;Add a pupil</source>
        <translation>&amp;Thêm học sinh</translation>
    </message>
    <message>
        <source>Add a pupil to the register (Ctrl+N)</source>
        <translation>Thêm học sinh vào sổ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Nhập từ Excel...</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel...</source>
        <translation>&amp;Xuất ra Excel...</translation>
    </message>
    <message>
        <source>Save the list as filtered to an Excel file</source>
        <translation>Lưu danh sách đang lọc ra tệp Excel</translation>
    </message>
    <message>
        <source>New school &amp;year...</source>
        <translation>Năm học &amp;mới...</translation>
    </message>
    <message>
        <source>No pupil in the register for this school year yet. Import the class lists from Excel to start.</source>
        <translation>Sổ theo dõi năm học này chưa có học sinh nào. Hãy nhập danh sách lớp từ tệp Excel để bắt đầu.</translation>
    </message>
    <message>
        <source>&amp;Import the class lists...</source>
        <translation>&amp;Nhập danh sách lớp...</translation>
    </message>
    <message>
        <source>No pupil matches the search or the filters.</source>
        <translation>Không có học sinh nào khớp với từ tìm kiếm hoặc bộ lọc.</translation>
    </message>
    <message>
        <source>Clear the &amp;filters</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>{total} pupils; {shown} shown, scroll down for more.</source>
        <translation>{total} học sinh; đang hiện {shown}, cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <source>{total} pupils.</source>
        <translation>{total} học sinh.</translation>
    </message>
</context>
<context>
    <name>RegisterTexts</name>
    <message>
        <source>Search by full name or identifier; accents and capitals are not needed.
Whole-word matches come first (&quot;anh&quot; lists Anh and Ánh first), then names with a word that starts with what you typed, last names that contain it inside a word (Thanh, Mạnh).
A word of one or two letters only finds words that start with it.</source>
        <translation>Tìm theo họ tên hoặc mã định danh, không cần gõ dấu, không phân biệt chữ hoa.
Tên có từ trùng khớp với từ đã gõ đứng trước (gõ &quot;anh&quot; thì Anh, Ánh đứng đầu), rồi đến tên có từ bắt đầu bằng từ đã gõ, sau cùng là tên chứa từ đã gõ ở giữa một từ khác (Thanh, Mạnh).
Từ chỉ có một hoặc hai chữ cái thì chỉ tìm các từ bắt đầu bằng các chữ cái đó.</translation>
    </message>
    <message>
        <source>Overdue {date}</source>
        <translation>Quá hạn {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Hạn {date}</translation>
    </message>
    <message>
        <source>The review is overdue: review the child&apos;s situation now.</source>
        <translation>Đã quá hạn rà soát: hãy rà soát tình hình của trẻ ngay.</translation>
    </message>
    <message>
        <source>The review is due within two weeks.</source>
        <translation>Sắp đến hạn rà soát (trong vòng hai tuần).</translation>
    </message>
</context>
<context>
    <name>ReportDueDialog</name>
    <message>
        <source>New report due, {year}</source>
        <translation>Thêm báo cáo phải gửi, năm học {year}</translation>
    </message>
    <message>
        <source>A report the superior body asks for, with the date it is due.</source>
        <translation>Một báo cáo cấp trên yêu cầu, kèm hạn gửi.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>The report was sent</source>
        <translation>Đã gửi báo cáo</translation>
    </message>
    <message>
        <source>Enter the date it was sent and, if it was made here, the issued document.</source>
        <translation>Nhập ngày đã gửi và, nếu báo cáo được lập bằng phần mềm này, chọn văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>Change the report due</source>
        <translation>Sửa báo cáo phải gửi</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>e.g. the superior body&apos;s letter that asks for it</source>
        <translation>ví dụ: công văn yêu cầu báo cáo của cấp trên</translation>
    </message>
    <message>
        <source>(none: sent another way)</source>
        <translation>(không có: gửi theo cách khác)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Hạn gửi:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Ngày đã gử&amp;i:</translation>
    </message>
    <message>
        <source>Leave empty until the report is sent.</source>
        <translation>Để trống cho đến khi đã gửi báo cáo.</translation>
    </message>
    <message>
        <source>Issued docu&amp;ment:</source>
        <translation>&amp;Văn bản đã ban hành:</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>For a semester, the school year or chosen dates: what was done for each part of the school&apos;s plan, with figures and charts.</source>
        <translation>Theo học kỳ, năm học hoặc khoảng thời gian tùy chọn: kết quả thực hiện từng phần của kế hoạch nhà trường, kèm số liệu và biểu đồ.</translation>
    </message>
    <message>
        <source>Counts of cases and of the register without any name, as PDF or Excel.</source>
        <translation>Số liệu vụ việc và sổ theo dõi, không có tên người, dạng PDF hoặc Excel.</translation>
    </message>
    <message>
        <source>Training and awareness activities of a period: participants, hours and the year&apos;s targets.</source>
        <translation>Các hoạt động tập huấn, tuyên truyền trong một khoảng thời gian: người tham dự, số giờ và chỉ tiêu của năm học.</translation>
    </message>
    <message>
        <source>A list to sign at one activity, with its title, date and place.</source>
        <translation>Danh sách ký tên tại một hoạt động, ghi tên hoạt động, ngày và địa điểm.</translation>
    </message>
    <message>
        <source>The minute of one inspection of the plan: who checked what, the findings and the follow-up actions.</source>
        <translation>Biên bản một lần kiểm tra việc thực hiện kế hoạch: ai kiểm tra nội dung gì, kết quả và những việc cần khắc phục.</translation>
    </message>
    <message>
        <source>The school&apos;s yearly plan in four parts; the text can be edited.</source>
        <translation>Kế hoạch năm học của nhà trường gồm bốn phần; có thể sửa nội dung.</translation>
    </message>
    <message>
        <source>The children followed in the register, with their group and level.</source>
        <translation>Các trẻ được theo dõi trong sổ, kèm nhóm hoàn cảnh và cấp độ bảo vệ.</translation>
    </message>
    <message>
        <source>Form 01 for one case: how the information was received.</source>
        <translation>Mẫu số 01 của một vụ việc: việc tiếp nhận thông tin.</translation>
    </message>
    <message>
        <source>The written result report of one case, due within 3 days.</source>
        <translation>Báo cáo kết quả bằng văn bản của một vụ việc, hạn trong vòng 03 ngày.</translation>
    </message>
    <message>
        <source>One case file with its chronology, complete or de-identified.</source>
        <translation>Một hồ sơ vụ việc kèm diễn biến, đầy đủ hoặc đã ẩn thông tin định danh.</translation>
    </message>
    <message>
        <source>Minutes of the access log&apos;s integrity check.</source>
        <translation>Biên bản kiểm tra tính toàn vẹn của nhật ký truy cập.</translation>
    </message>
</context>
<context>
    <name>ReportParams</name>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Semester I</source>
        <translation>Học kỳ I</translation>
    </message>
    <message>
        <source>Semester II</source>
        <translation>Học kỳ II</translation>
    </message>
    <message>
        <source>Whole school year</source>
        <translation>Cả năm học</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Khoảng thời gian tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Từ ngày – đến ngày:</translation>
    </message>
    <message>
        <source>For &amp;publication (notice board, meeting): counts from 1 to 4 shown as “dưới 5”</source>
        <translation>Bản để &amp;công bố (bảng tin, cuộc họp): số từ 1 đến 4 ghi là “dưới 5”</translation>
    </message>
    <message>
        <source>Small counts could point to a child. Cells that would let someone work them out from the totals are hidden too (“x”). Leave this unticked for the report to the superior body, which keeps the exact figures.</source>
        <translation>Số quá nhỏ có thể làm lộ một trẻ cụ thể. Các ô có thể giúp người khác tính ra số nhỏ từ dòng tổng cộng cũng được ẩn (ghi “x”). Không đánh dấu ô này khi làm báo cáo gửi cơ quan cấp trên: báo cáo đó giữ số liệu chính xác.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>case code, for example VV-2024-2025/003</source>
        <translation>mã vụ việc, ví dụ VV-2024-2025/003</translation>
    </message>
    <message>
        <source>&amp;De-identified copy (no names, addresses or phone numbers)</source>
        <translation>Bản không định &amp;danh (không có tên, địa chỉ, số điện thoại)</translation>
    </message>
    <message>
        <source>&amp;Review and strike out more...</source>
        <translation>&amp;Xem lại, xóa thêm...</translation>
    </message>
    <message>
        <source>See the free text as the copy prints it, and strike out anything that still shows who a child is.</source>
        <translation>Xem nội dung ghi chép đúng như khi in và xóa thêm những gì còn có thể cho biết trẻ là ai.</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Vụ việc:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>&amp;Hoạt động:</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Lần kiểm tra</translation>
    </message>
    <message>
        <source>Insp&amp;ection:</source>
        <translation>Lần &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Nội dung văn bản</translation>
    </message>
    <message>
        <source>e.g. Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo</source>
        <translation>ví dụ: Công văn số 349/GDĐT-CTTT ngày 30/5/2024 của Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Implements (superior&apos;s &amp;instruction):</source>
        <translation>Thực hiện (văn bản &amp;chỉ đạo của cấp trên):</translation>
    </message>
    <message>
        <source>Lines starting with &quot;I. &quot;, &quot;1. &quot; or &quot;a) &quot; become headings; other lines are paragraphs. The preview follows what you type.</source>
        <translation>Dòng bắt đầu bằng &quot;I. &quot;, &quot;1. &quot; hoặc &quot;a) &quot; sẽ thành đề mục; các dòng khác là đoạn văn. Bản xem trước cập nhật theo nội dung bạn gõ.</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>Khôi phục nội dung &amp;mặc định</translation>
    </message>
    <message>
        <source>Recipients and signature</source>
        <translation>Nơi nhận và chữ ký</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>One per line; &quot;Lưu: VT.&quot; is always added last.</source>
        <translation>Mỗi dòng một nơi nhận; dòng &quot;Lưu: VT.&quot; luôn được thêm vào cuối.</translation>
    </message>
    <message>
        <source>(signs in own name)</source>
        <translation>(ký trực tiếp)</translation>
    </message>
    <message>
        <source>KT. – signs for</source>
        <translation>KT. – ký thay</translation>
    </message>
    <message>
        <source>TM. – signs on behalf of</source>
        <translation>TM. – thay mặt</translation>
    </message>
    <message>
        <source>Si&amp;gns:</source>
        <translation>Hình &amp;thức ký:</translation>
    </message>
    <message>
        <source>For (au&amp;thority):</source>
        <translation>Thay &amp;cho:</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>Assessment and next steps (editable)</source>
        <translation>Đánh giá và phương hướng (có thể sửa)</translation>
    </message>
    <message>
        <source>Text of the plan</source>
        <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
        <source>Write the dates as dd/mm/yyyy.</source>
        <translation>Hãy ghi ngày theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Write the dates of the period as dd/mm/yyyy.</source>
        <translation>Hãy ghi các ngày của kỳ báo cáo theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Give the first and the last day; the last day comes after the first.</source>
        <translation>Hãy ghi ngày đầu và ngày cuối; ngày cuối phải sau ngày đầu.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Hãy ghi ngày đầu và ngày cuối của kỳ báo cáo.</translation>
    </message>
    <message>
        <source>No case you may open has this code. Pick one from the list.</source>
        <translation>Không có vụ việc nào bạn được xem mang mã này. Hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the case by its code.</source>
        <translation>Hãy chọn vụ việc theo mã.</translation>
    </message>
    <message>
        <source>Record an activity in Training and awareness first, then choose it here.</source>
        <translation>Hãy ghi hoạt động ở mục &quot;Tập huấn, tuyên truyền&quot; trước, rồi chọn ở đây.</translation>
    </message>
    <message>
        <source>Record an inspection in Training and awareness, tab Inspections, then choose it here.</source>
        <translation>Hãy ghi một lần kiểm tra ở mục Tập huấn, tuyên truyền, thẻ Kiểm tra, giám sát, rồi chọn ở đây.</translation>
    </message>
</context>
<context>
    <name>ReportsDueTab</name>
    <message>
        <source>The reports the school sends to the superior body (báo cáo định kỳ): the semester and year-end reports by default, and any other it asks for. The overview reminds you two weeks before each one is due.</source>
        <translation>Các báo cáo nhà trường gửi cấp trên (báo cáo định kỳ): mặc định có báo cáo sơ kết học kỳ I và báo cáo tổng kết năm học, cùng các báo cáo khác cấp trên yêu cầu. Trang Tổng quan nhắc trước hạn gửi hai tuần.</translation>
    </message>
    <message>
        <source>&amp;New report due...</source>
        <translation>&amp;Thêm báo cáo...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Mark as &amp;sent...</source>
        <translation>Đánh dấu đã &amp;gửi...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Xóa...</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Đã gửi ngày {date}</translation>
    </message>
    <message>
        <source>⚠ Overdue, not sent</source>
        <translation>⚠ Quá hạn, chưa gửi</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>The semester and year-end reports are due every year: change their date instead.</source>
        <translation>Báo cáo học kỳ I và báo cáo cuối năm phải gửi hằng năm: hãy sửa hạn gửi thay vì xóa.</translation>
    </message>
    <message>
        <source>Delete the report due?</source>
        <translation>Xóa báo cáo khỏi lịch?</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; from the calendar?</source>
        <translation>Xóa &quot;{title}&quot; khỏi lịch báo cáo?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Official documents in the format of Decree 30/2020. The preview shows the paper exactly as it will print; the number is given when you print or save.</source>
        <translation>Văn bản theo thể thức Nghị định 30/2020/NĐ-CP. Bản xem trước hiển thị đúng như khi in; số văn bản được cấp khi bạn in hoặc lưu.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Transfer log (pupils who changed school)...</source>
        <translation>Sổ &amp;chuyển hồ sơ (học sinh chuyển trường)...</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl + lăn chuột)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl + lăn chuột)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Vừa chiều &amp;rộng</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>Lưu P&amp;DF...</translation>
    </message>
    <message>
        <source>Save &amp;Word...</source>
        <translation>Lưu &amp;Word...</translation>
    </message>
    <message>
        <source>Save a Word (.docx) copy to edit the wording before signing; it takes a number in the outgoing-document register, like the PDF.</source>
        <translation>Lưu bản Word (.docx) để chỉnh sửa câu chữ trước khi ký; văn bản được cấp số trong sổ văn bản đi như bản PDF.</translation>
    </message>
    <message>
        <source>Save &amp;Excel...</source>
        <translation>Lưu &amp;Excel...</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Đang tải...</translation>
    </message>
    <message>
        <source>Your account cannot make any document.</source>
        <translation>Tài khoản của bạn không được lập văn bản nào.</translation>
    </message>
    <message>
        <source>Names are hidden, and this document names children. Turn off “Hide names” (Ctrl+H) to see it, or tick “De-identified copy” where the document has one.</source>
        <translation>Tên đang được ẩn, mà văn bản này có tên trẻ em. Hãy bỏ chọn “Ẩn tên” (Ctrl+H) để xem, hoặc chọn “Bản không định danh” nếu văn bản có bản này.</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Đang chuẩn bị bản xem trước...</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the preview of the de-identified copy, then review it.</source>
        <translation>Hãy chờ xem trước bản không định danh xong rồi mới xem lại.</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>Đang in...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>Printing was cancelled; number {number} is recorded as not used.</source>
        <translation>Đã hủy in; số {number} được ghi nhận là không sử dụng.</translation>
    </message>
    <message>
        <source>Sent to the printer as number {number}.</source>
        <translation>Đã gửi đến máy in, số văn bản {number}.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Lưu văn bản thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the document as Word</source>
        <translation>Lưu văn bản dạng Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the statistics as Excel</source>
        <translation>Lưu báo cáo thống kê thành tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
    <message>
        <source>Saved as number {number}: {file}</source>
        <translation>Đã lưu, số văn bản {number}: {file}</translation>
    </message>
    <message>
        <source>De-identified copy: {replaced} replacement(s), {struck} struck out by you.</source>
        <translation>Bản không định danh: đã thay {replaced} chỗ, bạn xóa thêm {struck} chỗ.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>For {name} ({username}). Give the new password to the holder in person; they can change it afterwards under System &gt; Change my password.</source>
        <translation>Cho {name} ({username}). Hãy trao tận tay mật khẩu mới cho người dùng; sau đó họ có thể tự đổi trong Hệ thống &gt; Đổi mật khẩu của tôi.</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>Đặt mật &amp;khẩu</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>Con&amp;firm the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Backups kept on this computer are listed, newest first; a backup on a USB drive can be chosen with &quot;Choose another file&quot;.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Danh sách gồm các bản sao lưu lưu trên máy này, mới nhất ở trên; bản sao lưu trên USB thì chọn bằng nút &quot;Chọn tệp khác&quot;.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm lập</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No backups are kept on this computer yet. Choose a backup file instead.</source>
        <translation>Máy này chưa có bản sao lưu nào. Hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>Choose &amp;another file...</source>
        <translation>Chọn tệp &amp;khác...</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp tục &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the backups...</source>
        <translation>Đang kiểm tra các bản sao lưu...</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>KimBai backups (*{suffix})</source>
        <translation>Bản sao lưu KimBai (*{suffix})</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>KimBai Desktop closes the data now (you are signed out), checks the backup and puts it in place. Then sign in with a password that was valid when the backup was made.</source>
        <translation>KimBai Desktop sẽ đóng dữ liệu ngay (bạn được đăng xuất), kiểm tra bản sao lưu rồi đưa nó vào thay thế. Sau đó hãy đăng nhập bằng mật khẩu đang dùng vào lúc lập bản sao lưu.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>The backup made on {when} ({kind}) replaces the data you work with now. What was entered after that moment will not be in the restored data.</source>
        <translation>Bản sao lưu lập lúc {when} ({kind}) sẽ thay cho dữ liệu đang dùng. Những gì nhập sau thời điểm đó sẽ không có trong dữ liệu được khôi phục.</translation>
    </message>
    <message>
        <source>The backup file {file} replaces the data you work with now. It is checked first; if it is damaged, nothing changes. What was entered after the backup was made will not be in the restored data.</source>
        <translation>Tệp sao lưu {file} sẽ thay cho dữ liệu đang dùng. Tệp được kiểm tra trước; nếu tệp bị hỏng thì không có gì thay đổi. Những gì nhập sau khi lập bản sao lưu sẽ không có trong dữ liệu được khôi phục.</translation>
    </message>
    <message>
        <source>Nothing is deleted: the current data is moved into a new folder named &quot;kept-&quot; followed by today&apos;s date and time, inside the data folder:
{folder}
It can be put back from there if needed.</source>
        <translation>Không có gì bị xóa: dữ liệu hiện tại được chuyển vào một thư mục mới tên &quot;kept-&quot; kèm ngày giờ hôm nay, nằm trong thư mục dữ liệu:
{folder}
Khi cần có thể lấy lại từ đó.</translation>
    </message>
</context>
<context>
    <name>ResultsEditor</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note (what is wrong, what to do)</source>
        <translation>Ghi chú (tồn tại, cách khắc phục)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the child&apos;s situation</source>
        <translation>Rà soát tình hình của trẻ</translation>
    </message>
    <message>
        <source>Rate each point, then decide: continue, change the level or stop monitoring. Current level: {level}.</source>
        <translation>Đánh giá từng nội dung, rồi quyết định: tiếp tục theo dõi, thay đổi cấp độ hay kết thúc theo dõi. Cấp độ hiện tại: {level}.</translation>
    </message>
    <message>
        <source>&amp;Save the review</source>
        <translation>&amp;Lưu kết quả rà soát</translation>
    </message>
    <message>
        <source>Review &amp;date *</source>
        <translation>&amp;Ngày rà soát *</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Tình hình</translation>
    </message>
    <message>
        <source>What changed since the last review; what the child says.</source>
        <translation>Những thay đổi kể từ lần rà soát trước; ý kiến của trẻ.</translation>
    </message>
    <message>
        <source>The school&apos;s own criteria</source>
        <translation>Tiêu chí của nhà trường</translation>
    </message>
    <message>
        <source>De&amp;cision *</source>
        <translation>&amp;Quyết định *</translation>
    </message>
    <message>
        <source>New &amp;level *</source>
        <translation>&amp;Cấp độ mới *</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>Rà soát &amp;tiếp theo</translation>
    </message>
    <message>
        <source>Leave empty for the school&apos;s schedule: {date} ({days} days after this review).</source>
        <translation>Để trống để theo lịch của nhà trường: {date} ({days} ngày sau lần rà soát này).</translation>
    </message>
    <message>
        <source>Leave empty for the school&apos;s review schedule.</source>
        <translation>Để trống để theo lịch rà soát của nhà trường.</translation>
    </message>
    <message>
        <source>The next review must come after this review. Change the date or leave it empty.</source>
        <translation>Lần rà soát tiếp theo phải sau lần rà soát này. Hãy sửa ngày hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <source>A child at risk of falling into special circumstances is followed in the register and reviewed regularly. Write down what puts the child at risk.</source>
        <translation>Trẻ có nguy cơ rơi vào hoàn cảnh đặc biệt được theo dõi trong sổ và rà soát định kỳ. Hãy ghi rõ những yếu tố khiến trẻ có nguy cơ.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>The child is &amp;at risk</source>
        <translation>Trẻ &amp;có nguy cơ</translation>
    </message>
    <message>
        <source>Risk &amp;factors</source>
        <translation>&amp;Yếu tố nguy cơ</translation>
    </message>
    <message>
        <source>For example: parents work far away, the child lives with elderly grandparents.</source>
        <translation>Ví dụ: cha mẹ đi làm ăn xa, trẻ ở với ông bà đã già yếu.</translation>
    </message>
    <message>
        <source>Write down the risk factors, or untick &quot;The child is at risk&quot;.</source>
        <translation>Hãy ghi các yếu tố nguy cơ, hoặc bỏ đánh dấu &quot;Trẻ có nguy cơ&quot;.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Step 5 of 5</source>
        <translation>Bước 5/5</translation>
    </message>
    <message>
        <source>Importing the pupils...</source>
        <translation>Đang nhập danh sách học sinh...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập được gì</translation>
    </message>
    <message>
        <source>Done: {created} pupils were added and {updated} updated.</source>
        <translation>Xong: đã thêm {created} học sinh và cập nhật {updated} học sinh.</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Pupils who have left (not added):</source>
        <translation>Học sinh đã rời trường (không thêm vào sổ):</translation>
    </message>
    <message>
        <source>To check (the rows are imported anyway):</source>
        <translation>Cần xem lại (các dòng này vẫn được nhập):</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Đang dừng...</translation>
    </message>
    <message>
        <source>{count} problems in {rows} rows. Nothing was imported. Correct the file in Excel and start again, or save the rows with problems to a file.</source>
        <translation>Có {count} lỗi ở {rows} dòng. Chưa có gì được nhập. Hãy sửa tệp trong Excel rồi làm lại, hoặc lưu các dòng bị lỗi ra một tệp.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Đã dừng. Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <source>New check of the safe school environment</source>
        <translation>Kiểm tra môi trường giáo dục an toàn</translation>
    </message>
    <message>
        <source>Check each item of the school&apos;s checklist (môi trường giáo dục an toàn, lành mạnh, thân thiện; bộ quy tắc ứng xử) and say what is not met.</source>
        <translation>Kiểm tra từng mục trong danh mục của nhà trường (môi trường giáo dục an toàn, lành mạnh, thân thiện; bộ quy tắc ứng xử) và ghi rõ những gì chưa đạt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Change the check</source>
        <translation>Sửa lần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>names and roles</source>
        <translation>họ tên và chức vụ</translation>
    </message>
    <message>
        <source>Mark the items &amp;left as met</source>
        <translation>Các mục chưa chọn: &amp;Đạt hết</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>Người kiểm &amp;tra:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Các mục:</translation>
    </message>
    <message>
        <source>General &amp;note:</source>
        <translation>Ghi chú &amp;chung:</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Each school year the school checks that its environment is safe, healthy and friendly (Decree 80/2017) and that its code of conduct is posted and followed. Items not met say what is wrong.</source>
        <translation>Mỗi năm học, nhà trường kiểm tra môi trường giáo dục an toàn, lành mạnh, thân thiện (Nghị định 80/2017/NĐ-CP) và việc niêm yết, thực hiện bộ quy tắc ứng xử. Mục chưa đạt ghi rõ tồn tại.</translation>
    </message>
    <message>
        <source>&amp;New check...</source>
        <translation>Kiểm tra &amp;mới...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Check&amp;list...</source>
        <translation>&amp;Danh mục kiểm tra...</translation>
    </message>
    <message>
        <source>Add, change, remove or reorder the items checked</source>
        <translation>Thêm, sửa, xóa hoặc sắp xếp lại các mục kiểm tra</translation>
    </message>
    <message>
        <source>Date / item</source>
        <translation>Ngày / nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Checked by / note</source>
        <translation>Người kiểm tra / ghi chú</translation>
    </message>
    <message>
        <source>No check recorded in this school year. Record one with &quot;New check&quot;.</source>
        <translation>Năm học này chưa có lần kiểm tra nào. Bấm &quot;Kiểm tra mới&quot; để ghi.</translation>
    </message>
    <message>
        <source>School year {year}: checked on {date}.</source>
        <translation>Năm học {year}: đã kiểm tra ngày {date}.</translation>
    </message>
    <message>
        <source>⚠ Items not met: {n}.</source>
        <translation>⚠ Số mục chưa đạt: {n}.</translation>
    </message>
    <message>
        <source>School year {year}: not checked yet (due by {date}).</source>
        <translation>Năm học {year}: chưa kiểm tra (hạn {date}).</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School information</source>
        <translation>Thông tin nhà trường</translation>
    </message>
    <message>
        <source>These details are printed on every document and report. Change them when the school year or the principal changes.</source>
        <translation>Các thông tin này được in trên mọi văn bản và báo cáo. Hãy cập nhật khi sang năm học mới hoặc khi thay đổi hiệu trưởng.</translation>
    </message>
    <message>
        <source>These details are printed on every document and report. Only the principal can change them.</source>
        <translation>Các thông tin này được in trên mọi văn bản và báo cáo. Chỉ hiệu trưởng mới được sửa.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Lưu các thay đổi (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>The school information has been saved.</source>
        <translation>Đã lưu thông tin nhà trường.</translation>
    </message>
</context>
<context>
    <name>SchoolProfileForm</name>
    <message>
        <source>School &amp;name</source>
        <translation>&amp;Tên trường</translation>
    </message>
    <message>
        <source>&amp;Superior body</source>
        <translation>Cơ &amp;quan chủ quản</translation>
    </message>
    <message>
        <source>&amp;Place name</source>
        <translation>Đị&amp;a danh</translation>
    </message>
    <message>
        <source>P&amp;rincipal&apos;s full name</source>
        <translation>Họ và tên hiệu trưởn&amp;g</translation>
    </message>
    <message>
        <source>&amp;Document symbol</source>
        <translation>&amp;Chữ viết tắt tên trường</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>&amp;Năm học</translation>
    </message>
    <message>
        <source>As printed on documents, for example: Trường Tiểu học Hòa Bình.</source>
        <translation>Tên ghi trên văn bản, ví dụ: Trường Tiểu học Hòa Bình.</translation>
    </message>
    <message>
        <source>Printed above the school&apos;s name at the top of documents, for example: UBND xã Hòa Bình.</source>
        <translation>In phía trên tên trường ở đầu văn bản, ví dụ: UBND xã Hòa Bình.</translation>
    </message>
    <message>
        <source>Used in the date line of documents: &quot;Hòa Bình, ngày 05 tháng 9 năm 2024&quot;.</source>
        <translation>Dùng ở dòng ngày tháng của văn bản: &quot;Hòa Bình, ngày 05 tháng 9 năm 2024&quot;.</translation>
    </message>
    <message>
        <source>Printed under the signature on documents.</source>
        <translation>In dưới chữ ký trên văn bản.</translation>
    </message>
    <message>
        <source>Capital letters used in document numbers, for example THHB in &quot;Số: 12/BC-THHB&quot;.</source>
        <translation>Chữ in hoa dùng trong số, ký hiệu văn bản, ví dụ THHB trong &quot;Số: 12/BC-THHB&quot;.</translation>
    </message>
    <message>
        <source>Two consecutive years, for example 2024-2025.</source>
        <translation>Hai năm liên tiếp, ví dụ 2024-2025.</translation>
    </message>
</context>
<context>
    <name>SchoolProfilePage</name>
    <message>
        <source>Your school</source>
        <translation>Thông tin nhà trường</translation>
    </message>
    <message>
        <source>These details appear at the top and bottom of every document KimBai prints.</source>
        <translation>Các thông tin này xuất hiện ở đầu và cuối mọi văn bản do KimBai in ra.</translation>
    </message>
</context>
<context>
    <name>SealControls</name>
    <message>
        <source>Sealed</source>
        <translation>Niêm phong</translation>
    </message>
    <message>
        <source>The content of this case file is locked with its own key: only the people it is given to can read it.</source>
        <translation>Nội dung hồ sơ này được khóa bằng khóa riêng: chỉ người được giao mới xem được.</translation>
    </message>
    <message>
        <source>&amp;Who may read it...</source>
        <translation>Người được &amp;xem...</translation>
    </message>
    <message>
        <source>The people who hold this sealed case file; give it or take it back</source>
        <translation>Những người đang giữ hồ sơ niêm phong này; giao hoặc thu hồi quyền xem</translation>
    </message>
    <message>
        <source>Seal the case &amp;file...</source>
        <translation>Niêm ph&amp;ong hồ sơ...</translation>
    </message>
    <message>
        <source>Lock the content of this case file so that only the people it is given to can read it</source>
        <translation>Khóa nội dung hồ sơ để chỉ người được giao mới xem được</translation>
    </message>
    <message>
        <source>Sealed case file: only the people it is given to can read its content. If you need to read it, ask a person who holds the case file to share it.</source>
        <translation>Hồ sơ được niêm phong: chỉ người được giao mới xem được nội dung. Nếu bạn cần xem, hãy đề nghị người đang giữ hồ sơ chia sẻ.</translation>
    </message>
    <message>
        <source>Its code, dates, status and deadlines are shown above. &quot;Who may read it&quot; lists the people who hold it.</source>
        <translation>Mã hồ sơ, ngày, trạng thái và thời hạn vẫn hiện ở trên. Nút &quot;Người được xem&quot; cho biết ai đang giữ hồ sơ.</translation>
    </message>
    <message>
        <source>Who &amp;holds it...</source>
        <translation>&amp;Ai đang giữ hồ sơ...</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>you and the principals who are not named in the case</source>
        <translation>bạn và hiệu trưởng không bị nêu tên trong hồ sơ</translation>
    </message>
    <message>
        <source>you, the principals and the counsellors who are not named in the case</source>
        <translation>bạn, hiệu trưởng và cán bộ tư vấn không bị nêu tên trong hồ sơ</translation>
    </message>
    <message>
        <source>Seal this case file</source>
        <translation>Niêm phong hồ sơ</translation>
    </message>
    <message>
        <source>Sealing locks the content of the case file (what happened, the people, the chronology, the plan, referrals, consents and documents) with its own key. Only the people it is given to can read it: {who}. Anyone else, even with a principal&apos;s account, sees only its code, dates, status and deadlines. You can give it to others or take it back later. A sealed case file cannot be unsealed.</source>
        <translation>Niêm phong là khóa nội dung hồ sơ (diễn biến sự việc, những người liên quan, nhật ký, kế hoạch hỗ trợ, chuyển tuyến, sự đồng ý và tài liệu) bằng một khóa riêng. Chỉ người được giao mới xem được: {who}. Người khác, kể cả dùng tài khoản hiệu trưởng, chỉ thấy mã hồ sơ, ngày, trạng thái và thời hạn. Sau này bạn có thể giao thêm hoặc thu hồi quyền xem. Hồ sơ đã niêm phong thì không bỏ niêm phong được.</translation>
    </message>
    <message>
        <source>&amp;Seal the case file</source>
        <translation>&amp;Niêm phong hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Why it is sealed:</source>
        <translation>&amp;Lý do niêm phong:</translation>
    </message>
    <message>
        <source>For example: the family asked for strict confidentiality. The reason is kept sealed with the case file.</source>
        <translation>Ví dụ: gia đình đề nghị giữ kín tuyệt đối. Lý do cũng được niêm phong cùng hồ sơ.</translation>
    </message>
    <message>
        <source>Write why the case file is sealed.</source>
        <translation>Hãy ghi lý do niêm phong hồ sơ.</translation>
    </message>
</context>
<context>
    <name>SealedRecoveryKeyDialog</name>
    <message>
        <source>Recovery key for sealed case files</source>
        <translation>Khóa khôi phục hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>It is printed only this once: print it now for the chair of the school&apos;s child-protection board, who keeps it. It cannot be shown again.</source>
        <translation>Khóa chỉ được in một lần này: hãy in ngay để trao cho trưởng ban bảo vệ trẻ em của trường cất giữ. Không thể hiện lại khóa.</translation>
    </message>
    <message>
        <source>&amp;Print the sheet for the chair...</source>
        <translation>&amp;In tờ khóa cho trưởng ban...</translation>
    </message>
    <message>
        <source>I have &amp;printed the sheet for the chair of the child-protection board</source>
        <translation>Tôi đã in &amp;tờ khóa cho trưởng ban bảo vệ trẻ em</translation>
    </message>
    <message>
        <source>Print this sheet for the chair of the school&apos;s child-protection board. It can give a sealed case file again to a principal or a counsellor (for example after a password reset). It does not open the school&apos;s data, and the school&apos;s recovery key does not open sealed case files.</source>
        <translation>Hãy in tờ này để trao cho trưởng ban bảo vệ trẻ em của trường. Khóa này dùng để giao lại hồ sơ niêm phong cho hiệu trưởng hoặc cán bộ tư vấn (ví dụ sau khi đặt lại mật khẩu). Khóa không mở được dữ liệu của trường, và mã khôi phục của trường cũng không mở được hồ sơ niêm phong.</translation>
    </message>
    <message>
        <source>KimBai Desktop: recovery key for sealed case files</source>
        <translation>KimBai Desktop: khóa khôi phục hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>For the chair of the school&apos;s child-protection board. Keep it locked away, apart from the school&apos;s recovery key.</source>
        <translation>Dành cho trưởng ban bảo vệ trẻ em của trường. Cất giữ nơi có khóa, để riêng với mã khôi phục của trường.</translation>
    </message>
    <message>
        <source>With it, a sealed case file can be given again to a principal or a counsellor who is not named in the case.</source>
        <translation>Với khóa này, có thể giao lại hồ sơ niêm phong cho hiệu trưởng hoặc cán bộ tư vấn không bị nêu tên trong hồ sơ.</translation>
    </message>
    <message>
        <source>Never copy the key into a file, a message or an e-mail.</source>
        <translation>Không bao giờ chép khóa vào tệp, tin nhắn hay thư điện tử.</translation>
    </message>
    <message>
        <source>Print the sheet for the chair of the child-protection board, then tick the box to confirm. The key will not be shown again.</source>
        <translation>Hãy in tờ khóa cho trưởng ban bảo vệ trẻ em, rồi đánh dấu vào ô để xác nhận. Khóa sẽ không hiện lại.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>At least {min} characters. A short sentence that only the holder knows is easy to remember and hard to guess.</source>
        <translation>Ít nhất {min} ký tự. Một câu ngắn chỉ người dùng biết thì dễ nhớ mà khó đoán.</translation>
    </message>
    <message>
        <source>&amp;Show the passwords</source>
        <translation>H&amp;iện mật khẩu</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Vui lòng chờ...</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Change my password...</source>
        <translation>Đổi &amp;mật khẩu của tôi...</translation>
    </message>
    <message>
        <source>&amp;Back up the data...</source>
        <translation>&amp;Sao lưu dữ liệu...</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the data, e.g. on USB</source>
        <translation>Lưu một bản sao đã mã hóa của dữ liệu, ví dụ vào USB</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;key...</source>
        <translation>Tạo mã khôi phục &amp;mới...</translation>
    </message>
    <message>
        <source>Recovery key for &amp;sealed case files...</source>
        <translation>Khóa khôi phục hồ sơ &amp;niêm phong...</translation>
    </message>
    <message>
        <source>Printed once, for the chair of the school&apos;s child-protection board</source>
        <translation>In một lần duy nhất, để trao cho trưởng ban bảo vệ trẻ em của trường</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from the next sign-in.</source>
        <translation>Đã đổi mật khẩu. Từ lần đăng nhập sau, hãy dùng mật khẩu mới.</translation>
    </message>
    <message>
        <source>Choose where to save the backup (for example the USB drive)</source>
        <translation>Chọn nơi lưu bản sao lưu (ví dụ ổ USB)</translation>
    </message>
    <message>
        <source>Making the backup...</source>
        <translation>Đang sao lưu dữ liệu...</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The backup has been saved as:
{path}

It is encrypted: it opens only with the passwords and the recovery key valid today. Keep the USB drive in a locked place.</source>
        <translation>Đã lưu bản sao lưu thành tệp:
{path}

Bản sao lưu được mã hóa: chỉ mở được bằng các mật khẩu và mã khôi phục đang dùng hôm nay. Hãy cất USB ở nơi có khóa.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Mã khôi phục mới</translation>
    </message>
    <message>
        <source>Make a new recovery key? The key printed before stops working at once. Only do this when the old sheet is lost or others may have seen it, and have the printer ready.</source>
        <translation>Tạo mã khôi phục mới? Mã đã in trước đây sẽ hết hiệu lực ngay. Chỉ làm việc này khi tờ giấy cũ bị mất hoặc có thể đã bị người khác nhìn thấy, và hãy chuẩn bị sẵn máy in.</translation>
    </message>
    <message>
        <source>Recovery key for sealed case files</source>
        <translation>Khóa khôi phục hồ sơ niêm phong</translation>
    </message>
    <message>
        <source>The recovery key for sealed case files has already been made and printed. It is printed only once and kept by the chair of the school&apos;s child-protection board; it cannot be shown again. With it, the chair can give a sealed case file to a principal or a counsellor when nobody who holds it can (in the case file: &quot;Who may read it&quot;, then &quot;Give with the recovery key&quot;).</source>
        <translation>Khóa khôi phục hồ sơ niêm phong đã được tạo và in. Khóa chỉ được in một lần và do trưởng ban bảo vệ trẻ em của trường cất giữ; không thể hiện lại khóa. Với khóa này, trưởng ban có thể giao hồ sơ niêm phong cho hiệu trưởng hoặc cán bộ tư vấn khi không còn ai đang giữ hồ sơ để giao (trong hồ sơ: &quot;Người được xem&quot;, rồi &quot;Giao bằng khóa khôi phục&quot;).</translation>
    </message>
    <message>
        <source>Make the recovery key for sealed case files now? It is shown once, for printing: give the printed sheet to the chair of the school&apos;s child-protection board, who keeps it locked away. It cannot be shown or made again. Have the printer ready.</source>
        <translation>Tạo khóa khôi phục hồ sơ niêm phong ngay bây giờ? Khóa chỉ hiện một lần để in: hãy trao tờ giấy đã in cho trưởng ban bảo vệ trẻ em của trường cất giữ ở nơi có khóa. Không thể hiện lại hay tạo lại khóa. Hãy chuẩn bị sẵn máy in.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>The new language is used the next time KimBai Desktop starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần mở KimBai Desktop tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>About KimBai Desktop</source>
        <translation>Giới thiệu KimBai Desktop</translation>
    </message>
    <message>
        <source>Child protection records for a primary school: case files, the register, the training log and reports. The data is encrypted and stays on this computer.</source>
        <translation>Phần mềm quản lý hồ sơ bảo vệ trẻ em của trường tiểu học: hồ sơ vụ việc, sổ theo dõi, sổ tập huấn, tuyên truyền và báo cáo. Dữ liệu được mã hóa và chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Phần mềm tự do theo giấy phép GNU GPL phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp tục &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open the &amp;getting started guide...</source>
        <translation>Mở &amp;hướng dẫn bắt đầu...</translation>
    </message>
    <message>
        <source>What to do next: accounts for the staff, the class list, the daily backup</source>
        <translation>Việc cần làm tiếp theo: tài khoản cho cán bộ, giáo viên, danh sách lớp, sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Print or write down the recovery key, then tick the box to confirm. It will not be shown again.</source>
        <translation>Hãy in hoặc chép lại mã khôi phục, rồi đánh dấu vào ô xác nhận. Mã sẽ không được hiển thị lại.</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Hủy thiết lập</translation>
    </message>
    <message>
        <source>Stop the setup? What you have typed will be lost.</source>
        <translation>Dừng thiết lập? Những thông tin bạn đã nhập sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>ShareOverrideDialog</name>
    <message>
        <source>No consent of the family is recorded for sharing this child&apos;s information outside the school. What to do: close this window, press “Consent...” in the case file, record the consent of the parent or caregiver (and of the child from age 7), then do it again.

Without consent the law allows sharing only in the cases below. Your reason is written in the case&apos;s chronology and the access log, and printed in the dossier.

Notifying 111, the commune, the police or the child protection authority is the school&apos;s duty and never needs consent: record it with “Record a call”.</source>
        <translation>Chưa ghi nhận sự đồng ý của gia đình để cung cấp thông tin của trẻ ra ngoài nhà trường. Cần làm: đóng cửa sổ này, bấm “Sự đồng ý...” trong hồ sơ vụ việc, ghi nhận sự đồng ý của cha, mẹ hoặc người chăm sóc (và của chính trẻ nếu trẻ từ đủ 7 tuổi), rồi làm lại.

Khi chưa có sự đồng ý, pháp luật chỉ cho phép cung cấp thông tin trong các trường hợp dưới đây. Lý do bạn chọn được ghi vào diễn biến vụ việc, nhật ký truy cập và in trong hồ sơ vụ việc.

Thông báo cho Tổng đài 111, UBND xã, công an hoặc cơ quan chuyên môn về trẻ em là nghĩa vụ của nhà trường, không bao giờ cần sự đồng ý: hãy ghi nhận bằng nút “Ghi nhận cuộc gọi”.</translation>
    </message>
    <message>
        <source>Consent is not recorded</source>
        <translation>Chưa có sự đồng ý</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Hãy chọn lý do trước.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Share for this reason</source>
        <translation>&amp;Cung cấp với lý do này</translation>
    </message>
    <message>
        <source>What danger the child is in, in a few words.</source>
        <translation>Trẻ đang gặp nguy hiểm gì, ghi ngắn gọn.</translation>
    </message>
    <message>
        <source>Which authority asked, the number and date of its written request.</source>
        <translation>Cơ quan nào yêu cầu, số và ngày của văn bản yêu cầu.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheets and header row</source>
        <translation>Trang tính và dòng tiêu đề</translation>
    </message>
    <message>
        <source>Step 2 of 5: tick the class sheets to import; check that the highlighted row holds the column names (Họ và tên, Ngày sinh...)</source>
        <translation>Bước 2/5: đánh dấu các trang tính (lớp) cần nhập; kiểm tra dòng được tô sáng có chứa tên các cột (Họ và tên, Ngày sinh...)</translation>
    </message>
    <message>
        <source>Sheets to import</source>
        <translation>Các trang tính cần nhập</translation>
    </message>
    <message>
        <source>S&amp;heets to import:</source>
        <translation>&amp;Trang tính cần nhập:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>The first rows of the selected sheet:</source>
        <translation>Những dòng đầu của trang tính đang chọn:</translation>
    </message>
    <message>
        <source>{sheet} ({count} pupils)</source>
        <translation>{sheet} ({count} học sinh)</translation>
    </message>
    <message>
        <source>{sheet} (no pupil list found)</source>
        <translation>{sheet} (không thấy danh sách học sinh)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Thêm cán bộ, giáo viên</translation>
    </message>
    <message>
        <source>&amp;Add to the directory</source>
        <translation>&amp;Thêm vào danh sách</translation>
    </message>
    <message>
        <source>Edit the staff member&apos;s details</source>
        <translation>Sửa thông tin cán bộ, giáo viên</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>for example Giáo viên chủ nhiệm lớp 3A</source>
        <translation>ví dụ: Giáo viên chủ nhiệm lớp 3A</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Name or position</source>
        <translation>Họ tên hoặc chức vụ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Show &amp;leavers</source>
        <translation>Hiện người đã &amp;rời trường</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Thê&amp;m...</translation>
    </message>
    <message>
        <source>The staff directory is empty. Add the school&apos;s staff to record who was trained.</source>
        <translation>Danh sách cán bộ, giáo viên, nhân viên đang trống. Hãy thêm cán bộ, giáo viên, nhân viên của trường để ghi nhận ai đã được tập huấn.</translation>
    </message>
    <message>
        <source>&amp;Add a member of staff...</source>
        <translation>&amp;Thêm cán bộ, giáo viên...</translation>
    </message>
    <message>
        <source>Nobody matches the search or the group chosen.</source>
        <translation>Không có ai khớp với từ tìm kiếm hoặc nhóm đã chọn.</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Leaves the school...</source>
        <translation>Rời trường...</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Đưa &amp;trở lại</translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation>Chọn một người trong danh sách</translation>
    </message>
    <message>
        <source>this school year</source>
        <translation>trong năm học này</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>từ trước đến nay</translation>
    </message>
    <message>
        <source>Not yet trained in &amp;topic:</source>
        <translation>Chưa được tập huấn về &amp;chủ đề:</translation>
    </message>
    <message>
        <source>Counting activities of</source>
        <translation>Tính các hoạt động</translation>
    </message>
    <message>
        <source>Only staff still working at the school are listed.</source>
        <translation>Chỉ liệt kê cán bộ, giáo viên đang công tác tại trường.</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>Quá trình tập huấn</translation>
    </message>
    <message>
        <source>Not yet trained</source>
        <translation>Chưa được tập huấn</translation>
    </message>
    <message>
        <source>{n} working</source>
        <translation>{n} người đang công tác</translation>
    </message>
    <message>
        <source>{n} people have not attended any activity on &quot;{topic}&quot;.</source>
        <translation>{n} người chưa tham dự hoạt động nào về &quot;{topic}&quot;.</translation>
    </message>
    <message>
        <source>Everyone has attended an activity on &quot;{topic}&quot;.</source>
        <translation>Tất cả đã tham dự ít nhất một hoạt động về &quot;{topic}&quot;.</translation>
    </message>
    <message>
        <source>{n} activities attended, {hours} in all; {year_hours} in {year}.</source>
        <translation>Đã tham dự {n} hoạt động, tổng cộng {hours}; năm học {year}: {year_hours}.</translation>
    </message>
    <message>
        <source>Bring back?</source>
        <translation>Đưa trở lại?</translation>
    </message>
    <message>
        <source>{name} works at the school again and counts in the share of staff trained.</source>
        <translation>{name} công tác trở lại tại trường và được tính vào tỷ lệ cán bộ, giáo viên được tập huấn.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Điện thoại, email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Số giờ năm nay</translation>
    </message>
    <message>
        <source>{name} (left {date})</source>
        <translation>{name} (rời trường {date})</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Left {date}</source>
        <translation>Rời trường {date}</translation>
    </message>
</context>
<context>
    <name>StepChip</name>
    <message>
        <source>{who}&apos;s deadline {time}</source>
        <translation>Hạn của {who}: {time}</translation>
    </message>
    <message>
        <source>Follow up: call them</source>
        <translation>Cần đôn đốc: gọi điện hỏi lại</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>Hạn {time}</translation>
    </message>
    <message>
        <source>Only for urgent cases</source>
        <translation>Chỉ áp dụng khi khẩn cấp</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bước hiện tại</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Complete a procedure step</source>
        <translation>Hoàn thành một bước của quy trình</translation>
    </message>
    <message>
        <source>Record a step of the procedure when it is done. Reporting is recorded with &quot;Record a call&quot;, the plan with &quot;Plan&quot;, and closing with &quot;Close the case&quot;.</source>
        <translation>Ghi nhận một bước của quy trình khi đã thực hiện xong. Bước thông báo được ghi bằng nút &quot;Ghi nhận cuộc gọi&quot;, kế hoạch bằng nút &quot;Kế hoạch&quot;, còn kết thúc hồ sơ bằng nút &quot;Kết thúc hồ sơ&quot;.</translation>
    </message>
    <message>
        <source>&amp;Complete the step</source>
        <translation>&amp;Hoàn thành bước</translation>
    </message>
    <message>
        <source>Continue the support and intervention</source>
        <translation>Tiếp tục hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Bước:</translation>
    </message>
    <message>
        <source>&amp;Done at:</source>
        <translation>&amp;Thời điểm thực hiện:</translation>
    </message>
    <message>
        <source>HH:mm dd/mm/yyyy.</source>
        <translation>giờ:phút ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>The result of the review (Mẫu số 06).</source>
        <translation>Kết quả rà soát, đánh giá (Mẫu số 06).</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>For example the report&apos;s number, or what the assessment found.</source>
        <translation>Ví dụ: số của báo cáo, hoặc kết quả đánh giá.</translation>
    </message>
    <message>
        <source>Every step that can be recorded here is already done.</source>
        <translation>Tất cả các bước có thể ghi nhận ở đây đều đã hoàn thành.</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <source>Review the de-identified copy</source>
        <translation>Xem lại bản không định danh</translation>
    </message>
    <message>
        <source>The text below is what the copy prints. What the program replaced has a grey background. If something still shows who a child is (a nickname, a shop, a relative), select it and click “Strike out the selection”: it prints as [đã xóa] everywhere in the document.</source>
        <translation>Dưới đây là nội dung sẽ được in. Những chỗ phần mềm đã thay có nền xám. Nếu còn chi tiết nào cho biết trẻ là ai (tên gọi ở nhà, cửa hàng, người thân...), hãy bôi đen rồi bấm “Xóa phần đã chọn”: chi tiết đó sẽ được in thành [đã xóa] ở mọi chỗ trong văn bản.</translation>
    </message>
    <message>
        <source>This copy has no free text to review.</source>
        <translation>Bản này không có nội dung ghi chép nào cần xem lại.</translation>
    </message>
    <message>
        <source>&amp;Strike out the selection</source>
        <translation>&amp;Xóa phần đã chọn</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Struck &amp;out by you:</source>
        <translation>&amp;Những chỗ bạn đã xóa:</translation>
    </message>
    <message>
        <source>&amp;Apply to the copy</source>
        <translation>Á&amp;p dụng cho bản này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>in each semester</source>
        <translation>trong mỗi học kỳ</translation>
    </message>
    <message>
        <source>has not begun yet</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Sửa...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Xóa...</translation>
    </message>
    <message>
        <source>In charge: {owner}</source>
        <translation>Phụ trách: {owner}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Hạn: {date}</translation>
    </message>
    <message>
        <source>⚠ Overdue, not met yet</source>
        <translation>⚠ Đã quá hạn, chưa đạt</translation>
    </message>
    <message>
        <source>{semester} of {year}</source>
        <translation>{semester} năm học {year}</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>Năm học {year}</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>{n} to go</source>
        <translation>Còn thiếu {n}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>New target for {year}</source>
        <translation>Chỉ tiêu mới cho năm học {year}</translation>
    </message>
    <message>
        <source>&amp;Save the target</source>
        <translation>&amp;Lưu chỉ tiêu</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>as in the school plan, for example 2 buổi tuyên truyền mỗi học kỳ</source>
        <translation>ghi như trong kế hoạch của trường, ví dụ: 2 buổi tuyên truyền mỗi học kỳ</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Mọi loại hoạt động</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <source>Counted in &amp;each semester</source>
        <translation>Tính riêng từng &amp;học kỳ</translation>
    </message>
    <message>
        <source>for example Phó Hiệu trưởng, Tổng phụ trách Đội</source>
        <translation>ví dụ: Phó Hiệu trưởng, Tổng phụ trách Đội</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Tính theo:</translation>
    </message>
    <message>
        <source>&amp;Number to reach:</source>
        <translation>&amp;Mức cần đạt:</translation>
    </message>
    <message>
        <source>&amp;Kind of activity:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>C&amp;hủ đề:</translation>
    </message>
    <message>
        <source>&amp;Participants counted:</source>
        <translation>Đối tượng được &amp;tính:</translation>
    </message>
    <message>
        <source>In c&amp;harge:</source>
        <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>Thời hạn hoàn thà&amp;nh:</translation>
    </message>
    <message>
        <source>Leave empty when the target runs the whole school year.</source>
        <translation>Để trống nếu chỉ tiêu tính cho cả năm học.</translation>
    </message>
    <message>
        <source>Check the kind, topic and participants counted: choose them again before saving.</source>
        <translation>Hãy kiểm tra loại hoạt động, chủ đề và đối tượng được tính: chọn lại trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>&amp;New target...</source>
        <translation>Thêm &amp;chỉ tiêu...</translation>
    </message>
    <message>
        <source>The targets of the school plan. Progress is counted from the activities recorded in the school year; staff who left the school are not counted.</source>
        <translation>Các chỉ tiêu trong kế hoạch của nhà trường. Kết quả được tính từ các hoạt động đã ghi trong năm học; không tính cán bộ, giáo viên đã rời trường.</translation>
    </message>
    <message>
        <source>No targets for this school year yet. Add the targets of the school plan with &quot;New target&quot;.</source>
        <translation>Năm học này chưa có chỉ tiêu nào. Hãy thêm các chỉ tiêu trong kế hoạch của trường bằng nút &quot;Thêm chỉ tiêu&quot;.</translation>
    </message>
    <message>
        <source>{met} of {n} targets met in {year}.</source>
        <translation>Năm học {year}: đã đạt {met}/{n} chỉ tiêu.</translation>
    </message>
    <message>
        <source>Delete the target?</source>
        <translation>Xóa chỉ tiêu?</translation>
    </message>
    <message>
        <source>Delete the target &quot;{target}&quot;? The activities recorded stay as they are.</source>
        <translation>Xóa chỉ tiêu &quot;{target}&quot;? Các hoạt động đã ghi vẫn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add a task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>A task the plan gives to the school. The overview reminds you when it falls due.</source>
        <translation>Nhiệm vụ mà kế hoạch giao cho nhà trường. Trang Tổng quan sẽ nhắc khi đến hạn.</translation>
    </message>
    <message>
        <source>&amp;Add the task</source>
        <translation>&amp;Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>(someone else: write the name)</source>
        <translation>(người khác: ghi họ tên)</translation>
    </message>
    <message>
        <source>Name of the person responsible</source>
        <translation>Họ tên người phụ trách</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Nhiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy; leave empty if the plan gives no date.</source>
        <translation>ngày/tháng/năm; để trống nếu kế hoạch không ghi hạn.</translation>
    </message>
    <message>
        <source>Write the task.</source>
        <translation>Hãy ghi nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:mm dd/mm/yyyy</source>
        <translation>giờ:phút ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Pick the date from the calendar; the time stays as it is typed</source>
        <translation>Chọn ngày trên lịch; giờ giữ nguyên như đã nhập</translation>
    </message>
    <message>
        <source>Enter the time and the date (HH:mm dd/mm/yyyy).</source>
        <translation>Hãy nhập giờ và ngày (giờ:phút ngày/tháng/năm).</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training and awareness</source>
        <translation>Tập huấn, tuyên truyền</translation>
    </message>
    <message>
        <source>Training for staff and awareness work with parents, pupils and the community, as planned for the school year.</source>
        <translation>Tập huấn cho cán bộ, giáo viên, nhân viên và tuyên truyền cho cha mẹ học sinh, học sinh và cộng đồng theo kế hoạch năm học.</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Năm học:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Targets of the school year</source>
        <translation>Chỉ tiêu năm học</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, giáo viên</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Safe environment</source>
        <translation>Môi trường an toàn</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>{year} (this year)</source>
        <translation>{year} (năm học này)</translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} phút</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} giờ</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} giờ {m} phút</translation>
    </message>
    <message>
        <source>male {n}</source>
        <translation>nam {n}</translation>
    </message>
    <message>
        <source>female {n}</source>
        <translation>nữ {n}</translation>
    </message>
    <message>
        <source>sex not noted {n}</source>
        <translation>chưa ghi giới tính {n}</translation>
    </message>
</context>
<context>
    <name>TransferLogDialog</name>
    <message>
        <source>Transfer log</source>
        <translation>Sổ chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Handover packages of pupils who changed school, sent and received. A receipt not back after {days} days is a reminder on the overview.</source>
        <translation>Các gói hồ sơ của học sinh chuyển trường đã gửi đi và đã nhận về. Giấy biên nhận chưa được gửi lại sau {days} ngày sẽ được nhắc ở trang Tổng quan.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <source>&amp;Import a package...</source>
        <translation>&amp;Nhận gói hồ sơ...</translation>
    </message>
    <message>
        <source>Receipt &amp;returned...</source>
        <translation>Đã nhận lại &amp;biên nhận...</translation>
    </message>
    <message>
        <source>&amp;View the received records...</source>
        <translation>&amp;Xem hồ sơ nhận được...</translation>
    </message>
    <message>
        <source>Save the log (P&amp;DF)...</source>
        <translation>Lưu sổ (&amp;PDF)...</translation>
    </message>
    <message>
        <source>Receipt issued {date}</source>
        <translation>Đã lập biên nhận {date}</translation>
    </message>
    <message>
        <source>Returned {date}</source>
        <translation>Đã nhận lại {date}</translation>
    </message>
    <message>
        <source>Overdue (due {date})</source>
        <translation>Quá hạn (hạn {date})</translation>
    </message>
    <message>
        <source>Awaited by {date}</source>
        <translation>Chờ đến {date}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận về</translation>
    </message>
    <message>
        <source>Save the transfer log</source>
        <translation>Lưu sổ chuyển hồ sơ</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please wait...</source>
        <translation>Vui lòng chờ...</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the school&apos;s data</source>
        <translation>Mở khóa dữ liệu nhà trường</translation>
    </message>
    <message>
        <source>Sign in with your account name and password.</source>
        <translation>Đăng nhập bằng tên tài khoản và mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>Tên &amp;tài khoản</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation>&amp;Quên mật khẩu?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Demo data: account {account} / password {password}</source>
        <translation>Dữ liệu mẫu: tài khoản {account} / mật khẩu {password}</translation>
    </message>
    <message>
        <source>Every demo account has this password: {accounts}.</source>
        <translation>Mọi tài khoản mẫu đều dùng mật khẩu này: {accounts}.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Hãy nhập tên tài khoản.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>A new password is set for {username}. Sign in with it now.</source>
        <translation>Đã đặt mật khẩu mới cho tài khoản {username}. Hãy đăng nhập bằng mật khẩu đó.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to KimBai Desktop</source>
        <translation>Chào mừng bạn đến với KimBai Desktop</translation>
    </message>
    <message>
        <source>First-time setup for your school</source>
        <translation>Thiết lập lần đầu cho nhà trường</translation>
    </message>
    <message>
        <source>KimBai Desktop keeps the school&apos;s child protection records: case files, the register of children in special circumstances, the training log and reports.</source>
        <translation>KimBai Desktop lưu giữ hồ sơ bảo vệ trẻ em của nhà trường: hồ sơ vụ việc, sổ theo dõi trẻ em có hoàn cảnh đặc biệt, sổ tập huấn, tuyên truyền và các báo cáo.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. Nothing is sent over the Internet, and nobody can read the data without a password.</source>
        <translation>Toàn bộ dữ liệu được mã hóa và chỉ lưu trên máy tính này. Không có gì được gửi qua Internet, và không ai đọc được dữ liệu nếu không có mật khẩu.</translation>
    </message>
    <message>
        <source>In the next steps you enter the school&apos;s details, create the principal&apos;s account and receive a recovery key to print and keep in a safe place. It takes about five minutes.</source>
        <translation>Trong các bước tiếp theo, bạn sẽ nhập thông tin nhà trường, tạo tài khoản cho hiệu trưởng và nhận mã khôi phục để in ra, cất giữ ở nơi an toàn. Việc này mất khoảng năm phút.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Đang đăng nhập: {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>Ẩ&amp;n tên</translation>
    </message>
    <message>
        <source>Show codes and initials instead of children&apos;s names on every page, for a desk others can see (Ctrl+H)</source>
        <translation>Hiện mã và chữ cái đầu thay cho tên trẻ em trên mọi trang, khi người khác có thể nhìn thấy màn hình (Ctrl+H)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Báo tin vụ việc</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn, tuyên truyền</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Nhà trường</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
</TS>
