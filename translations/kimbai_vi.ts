<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
        <translation>Hiển thị trong phần mềm và trong nhật ký hoạt động.</translation>
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
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
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
        <source>at the first-time setup</source>
        <translation>khi thiết lập lần đầu</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>bằng mã khôi phục</translation>
    </message>
    <message>
        <source>with a data key change</source>
        <translation>khi đổi khóa dữ liệu</translation>
    </message>
    <message>
        <source>new recovery key</source>
        <translation>mã khôi phục mới</translation>
    </message>
    <message>
        <source>unknown account name</source>
        <translation>tên tài khoản không tồn tại</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>automatic, daily</source>
        <translation>tự động, hằng ngày</translation>
    </message>
    <message>
        <source>automatic, on exit</source>
        <translation>tự động, khi thoát</translation>
    </message>
    <message>
        <source>auto-lock time</source>
        <translation>thời gian tự khóa</translation>
    </message>
    <message>
        <source>clipboard clearing time</source>
        <translation>thời gian xóa bộ nhớ tạm</translation>
    </message>
    <message>
        <source>automatic backups kept</source>
        <translation>số bản sao lưu tự động giữ lại</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>khoảng cách rà soát</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>rà soát lần đầu</translation>
    </message>
    <message>
        <source>list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>nguy cơ</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>vai trò: {role}</translation>
    </message>
    <message>
        <source>accounts removed: {count}</source>
        <translation>số tài khoản bị xóa: {count}</translation>
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
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
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
        <source>for example 12</source>
        <translation>ví dụ 12</translation>
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
        <source>Record &amp;no.:</source>
        <translation>&amp;Số hồ sơ:</translation>
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
        <translation>nhật ký hoạt động</translation>
    </message>
    <message>
        <source>check that no audit event was changed, removed or reordered</source>
        <translation>kiểm tra để chắc chắn không có sự kiện nào trong nhật ký bị sửa, xóa hoặc đảo thứ tự</translation>
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
        <source>import the pupil list from Excel, or print the register</source>
        <translation>nhập danh sách học sinh từ Excel, hoặc in sổ theo dõi</translation>
    </message>
    <message>
        <source>import pupils from an .xlsx list (all or nothing; same mã định danh = update)</source>
        <translation>nhập học sinh từ danh sách .xlsx (nhập tất cả hoặc không nhập gì; trùng mã định danh = cập nhật)</translation>
    </message>
    <message>
        <source>the Excel file (.xlsx)</source>
        <translation>tệp Excel (.xlsx)</translation>
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
        <source>only pupils whose name or identifier contains this (accents ignored)</source>
        <translation>chỉ học sinh có tên hoặc mã định danh chứa nội dung này (không phân biệt dấu)</translation>
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
        <source>The database now uses a new data key; the old one opens nothing. Backups made before now are still under the old key: make a new backup and destroy the old ones.</source>
        <translation>Cơ sở dữ liệu giờ dùng khóa dữ liệu mới; khóa cũ không còn mở được gì. Các bản sao lưu tạo trước thời điểm này vẫn dùng khóa cũ: hãy tạo bản sao lưu mới và hủy các bản cũ.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} events, head {head}.</source>
        <translation>Nhật ký hoạt động còn nguyên vẹn: {count} sự kiện, mã cuối chuỗi {head}.</translation>
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
        <source>row {row}, column {column}: {reason}</source>
        <translation>dòng {row}, cột {column}: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column} (warning): {reason}</source>
        <translation>dòng {row}, cột {column} (lưu ý): {reason}</translation>
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
        <source>unexpected error ({kind}); nothing more was changed. Please report it.</source>
        <translation>lỗi không mong muốn ({kind}); không có thay đổi nào khác được thực hiện. Vui lòng báo lại lỗi này.</translation>
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
        <source>The audit trail has been altered: event {event} and those after it do not fit the chain.</source>
        <translation>Nhật ký hoạt động đã bị can thiệp: sự kiện {event} và các sự kiện sau đó không khớp với chuỗi.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems in {rows} rows. Those rows were copied to {file} (not encrypted: delete it once the list is fixed).</source>
        <translation>Chưa nhập gì: có {count} lỗi ở {rows} dòng. Các dòng đó đã được chép vào {file} (không mã hóa: hãy xóa tệp này khi đã sửa xong danh sách).</translation>
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
        <source>This data folder already holds a KimBai database. Choose an empty folder.</source>
        <translation>Thư mục dữ liệu này đã có cơ sở dữ liệu KimBai. Hãy chọn một thư mục trống.</translation>
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
        <translation>Tài khoản này đã bị ngừng sử dụng. Hãy đề nghị hiệu trưởng kích hoạt lại.</translation>
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
        <source>KimBai Desktop is already open on this data folder. Switch to the open window instead of starting it again.</source>
        <translation>KimBai Desktop đang mở với thư mục dữ liệu này. Hãy chuyển sang cửa sổ đang mở thay vì khởi động lại.</translation>
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
        <source>This text is too long (at most 200 characters).</source>
        <translation>Nội dung quá dài (tối đa 200 ký tự).</translation>
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
        <source>A holiday date is not valid.</source>
        <translation>Có một ngày nghỉ không hợp lệ.</translation>
    </message>
    <message>
        <source>This case does not exist or you may not see it.</source>
        <translation>Vụ việc này không tồn tại hoặc bạn không được xem.</translation>
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
        <source>Enter an age from 0 to 17.</source>
        <translation>Hãy nhập tuổi từ 0 đến 17.</translation>
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
        <translation>Vụ việc này đã đóng. Nếu cần bổ sung, hãy mở lại trước.</translation>
    </message>
    <message>
        <source>A case can be closed only after the review decision and the written result report are recorded.</source>
        <translation>Chỉ đóng được vụ việc sau khi đã ghi quyết định rà soát và báo cáo kết quả bằng văn bản.</translation>
    </message>
    <message>
        <source>Write why the case is reopened.</source>
        <translation>Hãy ghi lý do mở lại vụ việc.</translation>
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
        <source>The phone number was not kept: the row has no parent&apos;s or guardian&apos;s name.</source>
        <translation>Không giữ số điện thoại: dòng này không có tên cha mẹ hoặc người giám hộ.</translation>
    </message>
    <message>
        <source>This text is too long (at most 120 characters).</source>
        <translation>Nội dung này quá dài (tối đa 120 ký tự).</translation>
    </message>
    <message>
        <source>The identifier is too long (at most 32 characters).</source>
        <translation>Mã định danh quá dài (tối đa 32 ký tự).</translation>
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
        <source>The class name is too long (at most 20 characters).</source>
        <translation>Tên lớp quá dài (tối đa 20 ký tự).</translation>
    </message>
    <message>
        <source>Each parent or guardian needs a name.</source>
        <translation>Mỗi cha mẹ hoặc người giám hộ cần có tên.</translation>
    </message>
    <message>
        <source>The start date cannot be in the future.</source>
        <translation>Ngày bắt đầu không được ở tương lai.</translation>
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
        <source>This time is in the future.</source>
        <translation>Thời điểm này ở tương lai.</translation>
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
        <source>That entry does not exist.</source>
        <translation>Ghi chép này không tồn tại.</translation>
    </message>
    <message>
        <source>Enter who approved the plan.</source>
        <translation>Hãy nhập người phê duyệt kế hoạch.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ngày này không được ở tương lai.</translation>
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
        <source>This file is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx (Excel Workbook) and try again.</source>
        <translation>Tệp này không phải sổ tính Excel (.xlsx). Hãy mở tệp trong Excel, lưu lại dạng .xlsx (Excel Workbook) rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is an old Excel file (.xls) or is protected by a password. Open it in Excel, remove the password if there is one, save it as .xlsx (Excel Workbook) and try again.</source>
        <translation>Tệp này là tệp Excel cũ (.xls) hoặc có mật khẩu bảo vệ. Hãy mở tệp trong Excel, bỏ mật khẩu nếu có, lưu lại dạng .xlsx (Excel Workbook) rồi thử lại.</translation>
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
        <source>No header row (such as &quot;Họ và tên&quot;, &quot;Ngày sinh&quot;) was found in the first {rows} rows. Check that the sheet is the pupil list, or choose the columns by hand.</source>
        <translation>Không tìm thấy dòng tiêu đề (như &quot;Họ và tên&quot;, &quot;Ngày sinh&quot;) trong {rows} dòng đầu. Hãy kiểm tra trang tính có phải danh sách học sinh không, hoặc tự chọn các cột.</translation>
    </message>
    <message>
        <source>No column holds the pupils&apos; full names (Họ và tên). Choose it in the column mapping.</source>
        <translation>Không có cột nào chứa họ và tên học sinh (Họ và tên). Hãy chọn cột đó trong phần ghép cột.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This Excel file is NOT encrypted: anyone who opens it can read the children&apos;s personal data. Save it only where it is needed (not on a shared or public computer), do not send it by e-mail or chat, and delete it when you no longer need it.</source>
        <translation>Tệp Excel này KHÔNG được mã hóa: ai mở được tệp đều đọc được thông tin cá nhân của trẻ. Chỉ lưu ở nơi thật cần (không lưu trên máy dùng chung hay máy công cộng), không gửi qua thư điện tử hay tin nhắn, và xóa tệp khi không còn cần.</translation>
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
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The school information has changes that are not saved. Discard them?</source>
        <translation>Thông tin nhà trường có thay đổi chưa được lưu. Bỏ các thay đổi này?</translation>
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
    <name>PreferencesSection</name>
    <message>
        <source>Security and backups</source>
        <translation>Bảo mật và sao lưu</translation>
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
        <source>&amp;Save the options</source>
        <translation>Lư&amp;u tùy chọn</translation>
    </message>
    <message>
        <source>Only the principal can change these options.</source>
        <translation>Chỉ hiệu trưởng mới thay đổi được các tùy chọn này.</translation>
    </message>
    <message>
        <source>The options have been saved.</source>
        <translation>Đã lưu tùy chọn.</translation>
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
    <name>Register</name>
    <message>
        <source>Periodic review</source>
        <translation>Rà soát định kỳ</translation>
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
