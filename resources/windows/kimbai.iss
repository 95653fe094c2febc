; Inno Setup script for KimBai Desktop on Windows (per-machine install, Vietnamese wizard).
;
; Steps on a Windows build PC (Python 3.11+, Inno Setup 6):
;   py -m venv .venv && .venv\Scripts\pip install -e ".[dev]"
;   .venv\Scripts\pyinstaller build.spec --noconfirm
;   .venv\Scripts\python -c "import subprocess,sys; sys.exit(subprocess.call([r'dist\KimBaiDesktop\kimbai-desktop.exe','--self-test']))"
;   dist\KimBaiDesktop\kimbai.exe guide --out dist\KimBaiDesktop\Huong-dan-bat-dau-KimBai.pdf
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" resources\windows\kimbai.iss
; The installer lands in dist\installer\KimBaiDesktop-Setup-<version>.exe.
;
; Upgrades install over the previous version: the program's library folder (_internal) is removed
; first, so that no library or Qt plugin of the old version stays beside the new ones, then every
; file is replaced. The data folder (%LOCALAPPDATA%\KimBai\KimBaiDesktop) is never touched by the
; installer or the uninstaller. The first start of the new version backs up the database before
; migrating it. .ci/upgrade-check tries exactly this with the Linux bundles.
;
; The one-page getting-started guide (kimbai guide, the same as Help > Getting started guide) is
; installed beside the program, gets a Start-menu entry, and the last page offers to open it.

#define AppVersion "0.2.0"

[Setup]
AppId={{6B7E0C52-2C55-4C1D-9E0B-4B1D2D5C8A11}
AppName=KimBai Desktop
AppVersion={#AppVersion}
AppPublisher=KimBai
DefaultDirName={autopf}\KimBai Desktop
DefaultGroupName=KimBai Desktop
OutputDir=..\..\dist\installer
OutputBaseFilename=KimBaiDesktop-Setup-{#AppVersion}
SetupIconFile=..\icons\kimbai.ico
UninstallDisplayIcon={app}\kimbai-desktop.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
LicenseFile=..\fonts\LICENSE-LiberationSerif.txt

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\KimBaiDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\KimBai Desktop"; Filename: "{app}\kimbai-desktop.exe"
Name: "{group}\KimBai Desktop (tự kiểm tra)"; Filename: "{app}\kimbai-desktop.exe"; Parameters: "--self-test"
Name: "{group}\Hướng dẫn bắt đầu sử dụng (PDF)"; Filename: "{app}\Huong-dan-bat-dau-KimBai.pdf"
Name: "{autodesktop}\KimBai Desktop"; Filename: "{app}\kimbai-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Huong-dan-bat-dau-KimBai.pdf"; Description: "Mở hướng dẫn bắt đầu sử dụng (để in)"; Flags: shellexec postinstall skipifsilent nowait
Filename: "{app}\kimbai-desktop.exe"; Description: "{cm:LaunchProgram,KimBai Desktop}"; Flags: nowait postinstall skipifsilent
