; The Windows installer of Wulian Desk (五社联动工作台), compiled by NSIS 3 (makensis runs on Windows
; and Linux alike):
;     makensis -DVERSION=0.1.0 -DAPPDIR=dist\wulian-desk -DOUTFILE=dist\wulian-desk-0.1.0-setup.exe packaging\windows\wulian-desk.nsi
; APPDIR is the one-folder build of packaging/build.py. docs/windows-build.md is the whole recipe.
;
; What it does, for every user of the PC (per machine, under Program Files, as an administrator):
; - installs or upgrades in place: an older version's program files are replaced; data is never
;   touched (the database migrates itself after a backup at the next start);
; - Start-menu entries for the program and its uninstaller;
; - opens .wlb bundle files with the program's import screen ("Wulian Desk.exe" open "%1");
; - optionally (ticked by default) one station for all Windows users of the PC: the data folder
;   C:\ProgramData\wulian-desk\station, readable and writable only by administrators, SYSTEM and
;   the local group "Wulian Desk Users", named in C:\ProgramData\wulian-desk\data-folder.txt, which
;   the program reads (wulian_desk/paths.py);
; - an uninstaller that removes the program, its entries and the file association, and leaves the
;   station's data where it is (it says where).

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (the package version)"
!endif
!ifndef APPDIR
  !error "pass -DAPPDIR=<the one-folder build>"
!endif
!ifndef OUTFILE
  !define OUTFILE "wulian-desk-${VERSION}-setup.exe"
!endif

!define PRODUCT "五社联动工作台"
!define PRODUCT_EN "Wulian Desk"
!define EXE "Wulian Desk.exe"
!define REGKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\WulianDesk"
!define PROGID "WulianDesk.Bundle"
!define GROUP "Wulian Desk Users"

Name "${PRODUCT} ${PRODUCT_EN} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT_EN}"
InstallDirRegKey HKLM "${REGKEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${PRODUCT} ${PRODUCT_EN}"
VIAddVersionKey /LANG=2052 "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "..\..\resources\icons\wulian-desk.ico"
!define MUI_UNICON "..\..\resources\icons\wulian-desk.ico"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "本程序需要 64 位 Windows 10 或更新版本。$\nWulian Desk needs 64-bit Windows 10 or later."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "!${PRODUCT}（程序）" SecProgram
  SectionIn RO
  ; Upgrading in place: the old program files go first, so no file of an older version lingers.
  ; The data folder is elsewhere and never touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${APPDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\卸载 ${PRODUCT}.lnk" "$INSTDIR\uninstall.exe"

  ; .wlb bundles open the import screen.
  WriteRegStr HKLM "Software\Classes\.wlb" "" "${PROGID}"
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "${PRODUCT} 数据包"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" open "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKLM "${REGKEY}" "DisplayName" "${PRODUCT} ${PRODUCT_EN}"
  WriteRegStr HKLM "${REGKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REGKEY}" "Publisher" "${PRODUCT_EN}"
  WriteRegStr HKLM "${REGKEY}" "DisplayIcon" '"$INSTDIR\${EXE}"'
  WriteRegStr HKLM "${REGKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${REGKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${REGKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${REGKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${REGKEY}" "NoRepair" 1
SectionEnd

Section "本机所有用户共用一个站点 (one station for every user of this PC)" SecShared
  ; Kept as it is on an upgrade: a data folder already named stays named.
  IfFileExists "$APPDATA\wulian-desk\data-folder.txt" shared_done
  nsExec::Exec 'net localgroup "${GROUP}" /add /comment:"${PRODUCT}: staff who use the station on this PC"'
  CreateDirectory "$APPDATA\wulian-desk\station"
  ; Administrators, SYSTEM and the group only; nothing inherited from ProgramData (where every user may read).
  nsExec::Exec 'icacls "$APPDATA\wulian-desk\station" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F "${GROUP}:(OI)(CI)M"'
  FileOpen $0 "$APPDATA\wulian-desk\data-folder.txt" w
  FileWrite $0 "$APPDATA\wulian-desk\station$\r$\n"
  FileClose $0
  shared_done:
SectionEnd

LangString DESC_Program ${LANG_SIMPCHINESE} "程序本身、开始菜单项和 .wlb 数据包的打开方式。"
LangString DESC_Program ${LANG_ENGLISH} "The program, its Start-menu entries and the .wlb bundle file type."
LangString DESC_Shared ${LANG_SIMPCHINESE} "数据放在 C:\ProgramData\wulian-desk\station，本机所有 Windows 账号看到同一个站点（仍须各自用站点账号登录）；请把工作人员的 Windows 账号加入本地组 “${GROUP}”。不勾选则每个 Windows 账号各有自己的数据文件夹。"
LangString DESC_Shared ${LANG_ENGLISH} "Keep the data in C:\ProgramData\wulian-desk\station, so every Windows user of this PC sees the same station (each still logs in with their own station account); add the staff's Windows accounts to the local group '${GROUP}'. Untick for a data folder per Windows user."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_Program)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecShared} $(DESC_Shared)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\wulian-desk.exe"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\wqy-microhei.COPYRIGHT"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${PRODUCT}"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  ReadRegStr $0 HKLM "Software\Classes\.wlb" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKLM "Software\Classes\.wlb"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKLM "${REGKEY}"
  IfFileExists "$APPDATA\wulian-desk\data-folder.txt" 0 +2
    MessageBox MB_ICONINFORMATION "站点数据保留在 $APPDATA\wulian-desk\station，重新安装后即可继续使用；不再需要时请先备份再删除。$\nThe station's data stays in $APPDATA\wulian-desk\station." /SD IDOK
SectionEnd
