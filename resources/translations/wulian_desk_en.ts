<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/asset_dialog.py" line="+35"/>
        <source>编辑资产</source>
        <translation>Edit asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增资产</source>
        <translation>New asset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例如 WL-2024-000123</source>
        <translation>e.g. WL-2024-000123</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>元，例如 3500 或 3500.50；可不填</source>
        <translation>Yuan, e.g. 3500 or 3500.50; optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产编号</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（未放置）</source>
        <translation>(not placed)</translation>
    </message>
</context>
<context>
    <name>AssetsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/assets.py" line="+20"/>
        <source>资产编号</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>金额（元）</source>
        <translation>Value (yuan)</translation>
    </message>
</context>
<context>
    <name>AssetsTab</name>
    <message>
        <location line="+26"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>资产“%1 %2”</source>
        <translation>asset “%1 %2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 件资产</source>
        <translation>%1 assets</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/crash_dialog.py" line="+21"/>
        <source>程序出错</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>程序遇到了一个没有预料到的错误。已保存的数据不受影响：最后一次保存要么已经完成，要么没有发生。
请点“复制详情”，把内容发给技术支持；详情也已写入日志文件。</source>
        <translation>The program ran into an unexpected error. Saved data is not affected: the last save either completed or did not happen.
Click “Copy details” and send them to support; they have also been written to the log file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/page.py" line="+23"/>
        <source>设施</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>房间</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../wulian_desk/ui/lock.py" line="+36"/>
        <source>工作台已锁定</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换用户登录</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1正在使用。请输入密码解锁。</source>
        <translation>%1 is using this workstation. Enter the password to unlock.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请输入另一位用户的用户名和密码。当前用户的界面将被关闭。</source>
        <translation>Enter another user&apos;s name and password. The current user&apos;s screens will be closed.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../wulian_desk/ui/login_form.py" line="+53"/>
        <source>密码或恢复码</source>
        <translation>Password or recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请输入用户名。</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请输入密码。</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在解锁…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../wulian_desk/ui/login.py" line="+22"/>
        <source>五社联动工作台 - 登录</source>
        <translation>Wulian Desk - Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五社联动工作台</source>
        <translation>Wulian Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动</source>
        <translation>Communities, social organisations, social workers, volunteers and charity resources, working together</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>这是演示站点，只含虚构数据。
用户名 %1，密码 %2</source>
        <translation>This is a demo station with made-up data only.
User name %1, password %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据文件夹：%1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wulian_desk/ui/main_window.py" line="+48"/>
        <source>%1 - 五社联动工作台</source>
        <translation>%1 - Wulian Desk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前用户：%1</source>
        <translation>Signed in: %1</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/message.py" line="+38"/>
        <location line="+4"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../wulian_desk/ui/overview.py" line="+97"/>
        <source>工作台总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>设施达标情况</source>
        <translation>Facility standards</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 %1 个站点：%2 个达标，%3 个未达标。</source>
        <translation>%1 units: %2 meet the standard, %3 do not.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../wulian_desk/ui/placeholder.py" line="+17"/>
        <source>此功能将在后续版本中提供</source>
        <translation>This will come in a later version</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/record_dialog.py" line="+23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/record_tab.py" line="+46"/>
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>确定删除%1吗？删除后可以立即撤销。</source>
        <translation>Delete %1? You can undo this straight away.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已删除%1。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>共 %1 条</source>
        <translation>%1 records</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/recovery_dialog.py" line="+30"/>
        <source>保存恢复码</source>
        <translation>Save the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请保存恢复码</source>
        <translation>Keep the recovery code safe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这是本站数据库的恢复码。忘记全部密码、换电脑或从备份恢复时需要它。
它只显示这一次：请抄在纸上，或保存为 PDF 打印出来，锁进柜子。不要拍照，不要存在电脑或手机里。</source>
        <translation>This is the recovery code of the station&apos;s database. You need it if every password is forgotten, on a new computer, or to restore a backup.
It is shown only this once: write it on paper, or save it as a PDF and print it, and lock it away. Do not photograph it or keep it on a computer or phone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>我已抄下或保存了恢复码</source>
        <translation>I have written down or saved the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>已保存到 %1。打印后请删除这个文件。</source>
        <translation>Saved to %1. Delete the file once it is printed.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/room_dialog.py" line="+22"/>
        <source>编辑房间</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增房间</source>
        <translation>New room</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>平方米，例如 24.5</source>
        <translation>Square metres, e.g. 24.5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间名称</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>面积（平方米）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/rooms.py" line="+18"/>
        <source>房间名称</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>面积（平方米）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产数</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location line="+34"/>
        <source>房间“%1”</source>
        <translation>room “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 个房间</source>
        <translation>%1 rooms</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../wulian_desk/ui/settings_page.py" line="+36"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>离开电脑超过设定的时间，工作台会自动锁定；随时可按 Ctrl+L 立即锁定。
界面语言在重新启动程序后生效。</source>
        <translation>The workstation locks itself after this long without use; press Ctrl+L to lock it at any time.
A new interface language takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据文件夹：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>自动锁屏时间</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只有站长可以修改这些设置。</source>
        <translation>Only the station head can change these settings.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言将在重新启动程序后生效。</source>
        <translation>The new language takes effect after a restart.</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <location filename="../../wulian_desk/ui/setup_wizard.py" line="+45"/>
        <source>五社联动工作台 - 建立站点</source>
        <translation>Wulian Desk - Set up the station</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>建立站点</source>
        <translation>Set up the station</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>这台电脑上还没有站点数据。请填写本站信息，并为站长设置账号和密码。</source>
        <translation>There is no station on this computer yet. Describe the station and create the station head&apos;s account.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>可不填；6、9 或 12 位数字</source>
        <translation>Optional; 6, 9 or 12 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如：王站长</source>
        <translation>e.g. Wang Fang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>至少 8 个字符，混合字母、数字或符号</source>
        <translation>At least 8 characters, mixing letters, digits or symbols</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站长用户名</source>
        <translation>Head&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站长姓名</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再输入一次密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>正在建立加密数据库…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>这台电脑没有可用的系统密钥环，所以数据库只靠账号密码和恢复码保护。请设置足够强的密码，并把恢复码妥善保管。</source>
        <translation>This computer has no system keyring, so the database is protected by the account passwords and the recovery code alone. Choose strong passwords and keep the recovery code safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关于数据保护</source>
        <translation>About data protection</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../wulian_desk/ui/tasks.py" line="+74"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../wulian_desk/ui/undo_bar.py" line="+25"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <location filename="../../wulian_desk/ui/overview.py" line="-116"/>
        <source>本层级没有设施标准</source>
        <translation>No facility standard for this tier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ 达标</source>
        <translation>✔ Meets the standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ 未达标（%1 项）</source>
        <translation>✘ Falls short (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>缺少：</source>
        <translation>Missing: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>面积不足：%1（要求%2）</source>
        <translation>Not enough space: %1 (standard: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>message</name>
    <message>
        <location filename="../../wulian_desk/ui/message.py" line="+16"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../wulian_desk/ui/navigation.py" line="+20"/>
        <source>工作台总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站概况与设施达标情况。</source>
        <translation>The station at a glance, and whether its facilities meet the standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设施</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间与资产台账。</source>
        <translation>The register of rooms and assets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案工作：接案、需求评估、服务计划、服务记录、转介与结案，以及督导。</source>
        <translation>Casework: intake, needs assessment, service plans, session records, referral and closure, and supervision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组工作：小组目标、每节活动、组员出勤和前后测评估。</source>
        <translation>Group work: goals, sessions, members&apos; attendance and before/after evaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻里守望、协商议事、文体活动等社区工作，以及重大活动报备。</source>
        <translation>Community work such as neighbourhood watch, residents&apos; consultations and cultural events, and reporting of major events.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者与志愿服务队、服务记录和时长、志愿服务证明。</source>
        <translation>Volunteers and volunteer teams, service records and hours, and volunteer certificates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会组织</source>
        <translation>Social organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社会组织的登记或备案、类型、负责人、成员与活动、品牌建设。</source>
        <translation>Community social organisations: registration or filing, type, leader, members and activities, and brand building.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>慈善资源</source>
        <translation>Charity resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方、资金和物资捐赠、社区基金、慈善超市及其分配去向。</source>
        <translation>Donors, donations of money and goods, community funds, charity supermarkets, and where it all went.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府购买服务项目：需求评估、立项、签约、服务、中期督导和评估验收。</source>
        <translation>Government-purchased service projects: needs assessment, approval, contract, service, mid-term supervision and final evaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员与培训</source>
        <translation>Staff and training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员、社会工作者职业资格证书、培训学时和个案量。</source>
        <translation>Staff, social work qualifications, training hours and caseloads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用 U 盘与县级总站或本站其他电脑交换数据包。</source>
        <translation>Exchange data bundles on a USB stick with the county station or the station&apos;s other computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自动锁屏时间、界面语言等。</source>
        <translation>Idle lock time, interface language and more.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/units.py" line="+27"/>
        <source>全部站点</source>
        <translation>All units</translation>
    </message>
</context>
</TS>
