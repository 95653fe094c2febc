<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
        <source>unexpected error ({kind}); nothing more was changed. Please report it.</source>
        <translation>lỗi không mong muốn ({kind}); không có thay đổi nào khác được thực hiện. Vui lòng báo lại lỗi này.</translation>
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
        <translation>Bạn không thể ngừng sử dụng hoặc thu hồi tài khoản của chính mình. Hãy nhờ một hiệu trưởng khác.</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Đang đăng nhập: {name} ({role})</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Nhà trường</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
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
</TS>
