<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/keys.py" line="+76"/>
        <source>接受登记申请</source>
        <translation>Accept an enrolment request</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>申请站点</source>
        <translation>Requesting station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这是本站另一台电脑的申请：登记后两台电脑互相交换本站的全部记录。</source>
        <translation>This request comes from another computer of this station: once enrolled, the two computers exchange all of the station&apos;s records.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件中的指纹</source>
        <translation>Fingerprint in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请打电话给申请的一方，请对方读出其电脑上“密钥与登记”中显示的指纹，把听到的指纹输入下面。与文件中的指纹一致才能登记。</source>
        <translation>Phone the requesting side and ask them to read out the fingerprint shown under &quot;Keys and enrolment&quot; on their computer; type what you hear below. Enrolment goes ahead only if it matches the fingerprint in the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话中听到的指纹</source>
        <translation>Fingerprint heard on the phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>回执保存到</source>
        <translation>Save the reply to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存登记回执</source>
        <translation>Save the enrolment reply</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/accounts/page.py" line="+28"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location line="+31"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新生成恢复码</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>停用的账号不能再登录，它的记录和审计日志都保留；重设密码会重新启用它。</source>
        <translation>A disabled account can no longer log in; its records and journal entries stay. Resetting its password enables it again.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已新建账号 %1。</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>确定停用 %1（%2）的账号吗？停用后此人不能再登录；以后可以通过重设密码重新启用。</source>
        <translation>Disable the account of %1 (%2)? They can no longer log in; resetting the password enables it again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已停用 %1。</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已为 %1 设置新密码。</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 的角色已改为%2。</source>
        <translation>The role of %1 is now %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>生成新的恢复码后，旧的恢复码立即失效。新恢复码只显示一次，请准备好抄写或保存。确定继续吗？</source>
        <translation>A new recovery code makes the old one stop working at once. The new code is shown only once: be ready to write it down or save it. Continue?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成恢复码…</source>
        <translation>Generating the recovery code…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已生成新的恢复码，旧的恢复码已失效。</source>
        <translation>A new recovery code was made; the old one no longer works.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新的恢复码在确认保存前被关闭了。如果没有抄下它，请重新生成。</source>
        <translation>The new recovery code was closed before you confirmed saving it. If you did not write it down, generate another.</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../wulian_desk/ui/activities/page.py" line="+42"/>
        <source>活动编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大活动（*未报备）</source>
        <translation>Major event (* not reported)</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location line="+72"/>
        <source>社区活动</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看未报备的重大活动</source>
        <translation>Only major events not yet reported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>活动名称、编号、地点或主办方（Ctrl+F）</source>
        <translation>Title, number, place or organiser (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月历</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/activities/detail.py" line="+40"/>
        <source>活动编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织单位与负责人</source>
        <translation>Organiser and person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合作单位</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>参与</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大活动报备</source>
        <translation>Major event report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加志愿者</source>
        <translation>Add volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录服务时长</source>
        <translation>Record hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报备</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>服务对象 %1 人，其他 %2 人，志愿者 %3 人（每人 %4 小时）</source>
        <translation>%1 clients, %2 others, %3 volunteers (%4 hours each)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不是重大活动</source>
        <translation>Not a major event</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1，尚未报备</source>
        <translation>%1, not yet reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1，%2 已报备</source>
        <translation>%1, reported on %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>确认“%1”已向社区党组织和居委会报备？</source>
        <translation>Confirm that &quot;%1&quot; was reported to the community party organisation and residents&apos; committee?</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/activities/dialogs.py" line="+53"/>
        <source>新增社区活动</source>
        <translation>New community activity</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>室外或其他地点（填写下一栏）</source>
        <translation>Outside or elsewhere (fill in the next field)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>多个单位用顿号或逗号分开</source>
        <translation>Separate several with commas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办站点或社区</source>
        <translation>Station or community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期与起止时间</source>
        <translation>Date, start and end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动室</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合作单位</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务时长（小时/人）</source>
        <translation>Volunteer hours (each)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登记参与人数</source>
        <translation>Unregistered participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大活动（须报备）</source>
        <translation>Major event (to be reported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活动日期</source>
        <translation>Date of the activity</translation>
    </message>
</context>
<context>
    <name>AddVolunteersDialog</name>
    <message>
        <location line="+21"/>
        <source>添加志愿者</source>
        <translation>Add volunteers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名、拼音首字母或身份证号</source>
        <translation>Name, pinyin initials or ID number</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>查找志愿者</source>
        <translation>Find volunteers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+37"/>
        <source>协议条款</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>承接的社会工作服务机构名称</source>
        <translation>Name of the social work agency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>承接机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>协议金额（元）</source>
        <translation>Contract amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务期限自</source>
        <translation>Service period from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>服务期限</source>
        <translation>Service period</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="+161"/>
        <source>从基金或慈善超市</source>
        <translation>From fund or supermarket</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>资金分配</source>
        <translation>Allocate money</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（余额 %2 元）</source>
        <translation>%1 (balance %2 yuan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>分配日期</source>
        <translation>Allocated on</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/corrections.py" line="+45"/>
        <source>答复更正请求</source>
        <translation>Answer a correction request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 请求更正%2 %3：
%4</source>
        <translation>%1 asks for a correction of %2 %3:
%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>改了什么；不予更正时请说明理由</source>
        <translation>What was changed; when declining, give the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/month_approval.py" line="+89"/>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新开放…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>审核通过 %1 的 %2？通过后该月在站点锁定。</source>
        <translation>Approve %2 of %1? The month is then locked at the station.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/asset_dialog.py" line="+38"/>
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
        <location line="+1"/>
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
        <location line="+29"/>
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
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+151"/>
        <source>第 %1 节：出勤与记录</source>
        <translation>Session %1: attendance and notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>出勤（勾选到场的组员）</source>
        <translation>Attendance (tick who came)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动记录</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../wulian_desk/ui/audit_page.py" line="+134"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location line="+24"/>
        <source>导出审计日志</source>
        <translation>Export the audit journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>审计日志</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>起始日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>记录编号</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在导出审计日志…</source>
        <translation>Exporting the audit journal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>BundleHistory</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/history.py" line="+35"/>
        <location line="+20"/>
        <source>收到的数据包</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>包号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>写出时间</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>主要内容</source>
        <translation>Main contents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>在上表中选中一个同步对象，这里列出从它收到并导入的数据包。</source>
        <translation>Select a peer above to list the bundles received from it and imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 %1 收到的数据包</source>
        <translation>Bundles received from %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>还没有导入过它的数据包。</source>
        <translation>No bundle from it has been imported yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导入 %1 个数据包，共 %2 条记录。</source>
        <translation>Bundles imported: %1; records: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少第 %1 号数据包：请对方找到这些文件补拷，或再导出一次（新的包带有全部数据）。</source>
        <translation> Missing bundles: %1. Ask the sender to copy these files again, or to export once more (a new bundle carries all the data).</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/detail.py" line="+97"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>风险等级</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开案日期</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回顾</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转介机构</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更阶段</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写本阶段表格</source>
        <translation>Fill in this stage&apos;s form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加服务记录</source>
        <translation>Add a session record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加督导记录</source>
        <translation>Add a supervision record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印个案档案</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>填写其他表格…</source>
        <translation>Fill in another form…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写日期</source>
        <translation>Filled on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>表格</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>填写人</source>
        <translation>Filled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>督导记录</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>阶段历程</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格与审批</source>
        <translation>Forms and approvals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务记录</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>保存个案档案</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>个案档案已保存到：%1</source>
        <translation>Case file saved to: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在生成个案档案…</source>
        <translation>Writing the case file…</translation>
    </message>
</context>
<context>
    <name>CaseloadBox</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/caseload.py" line="+32"/>
        <source>我的个案</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>在办个案 %1 个，回顾已逾期 %2 个。</source>
        <translation>%1 open cases; %2 reviews overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  %3（%4）回顾日期 %5</source>
        <translation>%1  %2  %3 (%4) review due %5</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/page.py" line="+30"/>
        <source>个案编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开案日期</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回顾</source>
        <translation>Next review</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location line="+24"/>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>我的个案</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开案</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个案编号、姓名、拼音首字母或服务记录中的词（Ctrl+F）</source>
        <translation>Case no., name, pinyin initials or words in session notes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="+56"/>
        <source>变更职业资格证书</source>
        <translation>Change certificate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业资格证书</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>CertificatePeriodDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/dialogs.py" line="+92"/>
        <source>出具志愿服务记录证明</source>
        <translation>Issue a volunteer service certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>起始日期（空：首次服务起）</source>
        <translation>From (blank: the first service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../wulian_desk/ui/certificates_page.py" line="+113"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>志愿服务证明</source>
        <translation>Volunteer certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出具证明…</source>
        <translation>Issue a certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补打选中的证明…</source>
        <translation>Reprint the selected certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核验验证码…</source>
        <translation>Verify a code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销选中的证明…</source>
        <translation>Revoke the selected certificate…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>载入中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已吊销（%1）</source>
        <translation>Revoked (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本站还没有出具过志愿服务证明。</source>
        <translation>This station has not issued any volunteer certificates yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 %1 份</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+16"/>
        <source>正在生成证明…</source>
        <translation>Making the certificate…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>证明 %1 已保存到 %2（验证码 %3）</source>
        <translation>Certificate %1 saved to %2 (verification code %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>证明 %1 已补打，保存到 %2</source>
        <translation>Certificate %1 reprinted, saved to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>核验志愿服务记录证明</source>
        <translation>Verify a volunteer certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验证码（证明上的编号与验证码）：</source>
        <translation>Code (the number and code on the certificate):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>吊销志愿服务记录证明</source>
        <translation>Revoke a volunteer certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销证明 %1 的原因：</source>
        <translation>Reason for revoking %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在吊销…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>证明已吊销；下次导出数据包时告知县级总站。</source>
        <translation>Certificate revoked; the county hears of it with the next bundle.</translation>
    </message>
</context>
<context>
    <name>CharityPage</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/page.py" line="+56"/>
        <source>慈善资源</source>
        <translation>Charity resources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增捐赠方</source>
        <translation>New donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增基金或超市</source>
        <translation>New fund or supermarket</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>捐赠方</source>
        <translation>Donors</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>物资库存</source>
        <translation>Goods in stock</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>受助方类别</source>
        <translation>Recipient kind</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>登记捐赠（入库）</source>
        <translation>Record a donation (stock in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资金分配</source>
        <translation>Allocate money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资出库</source>
        <translation>Goods out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>基金或超市名称</source>
        <translation>Fund or supermarket name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受助方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分配日期</source>
        <translation>Allocated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>选中一个基金，查看每笔分配来自哪些捐赠</source>
        <translation>Select a fund to see which donations paid for each allocation</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>物资或超市名称</source>
        <translation>Goods or supermarket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>捐赠方名称或联系人</source>
        <translation>Donor name or contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>捐赠方、基金、物资或备注</source>
        <translation>Donor, fund, goods or notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>基金与慈善超市</source>
        <translation>Funds and charity supermarkets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>捐赠记录</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1：每笔分配的来源</source>
        <translation>%1: where each allocation came from</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/detail.py" line="+49"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所在社区（村）</source>
        <translation>Community (village)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>家庭成员</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康与特殊情况</source>
        <translation>Health and special needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前同意</source>
        <translation>Current consent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>同意日期</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用途</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>敏感信息</source>
        <translation>Sensitive information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤回日期</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为其开案</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>知情同意记录</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>无有效同意</source>
        <translation>No consent on record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 起：%2</source>
        <translation>Since %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；单独同意：%1</source>
        <translation>; separate consent: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>确定撤回%1的知情同意吗？撤回后不能再为其保存敏感信息。</source>
        <translation>Withdraw %1&apos;s consent? Sensitive information can no longer be kept for them.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/dialog.py" line="+33"/>
        <source>编辑服务对象</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增服务对象</source>
        <translation>New client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在社区（村）</source>
        <translation>Community (village)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭成员</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康与特殊情况</source>
        <translation>Health and special needs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已取得知情同意（同意书）</source>
        <translation>Consent obtained (signed form)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>知情同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>仍然保存吗？</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="+60"/>
        <source>输入姓名、拼音首字母或证件尾号</source>
        <translation>Type a name, pinyin initials or the last digits of an ID</translation>
    </message>
</context>
<context>
    <name>ClientUpdate</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/client_update.py" line="+78"/>
        <source>正在更新记录…</source>
        <translation>Updating the record…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已同意</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无有效同意</source>
        <translation>No valid consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已同意转介</source>
        <translation>Consented to referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意转介</source>
        <translation>No consent to referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ClientUpdateDialog</name>
    <message>
        <location line="+19"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>更新服务对象和个案记录</source>
        <translation>Update the client&apos;s and the case&apos;s records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表中填写的内容与服务对象（或个案）记录不同。勾选要写入记录的项（写入时按登记时的规则检查，并记入审计日志）：</source>
        <translation>The form says something different from the client&apos;s (or the case&apos;s) record. Tick what to write to the record (it is checked as when it was registered, and journaled):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>表中填写</source>
        <translation>In the form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录中</source>
        <translation>In the record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1（个案）</source>
        <translation>%1 (case)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>更新记录</source>
        <translation>Update the record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不更新</source>
        <translation>Don&apos;t update</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/page.py" line="+20"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location line="+33"/>
        <source>服务对象</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>新增服务对象</source>
        <translation>New client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名、拼音首字母、身份证或电话尾号（Ctrl+F）</source>
        <translation>Name, pinyin initials, last digits of ID or phone (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CloseGroupDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+21"/>
        <source>结束小组</source>
        <translation>Close the group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>成效总结</source>
        <translation>Outcome summary</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/conflicts.py" line="+26"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录编号</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发现时间</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不同的字段</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前版本</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>落选的版本</source>
        <translation>Losing version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保留当前版本</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复落选的版本</source>
        <translation>Restore the losing version</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>两台电脑各自修改了同一条记录时，程序按固定规则选出当前版本，落选的版本保存在这里，什么都不会悄悄丢掉。请逐条决定：保留当前版本，或恢复落选的版本（只有记录所属的站点可以恢复）。</source>
        <translation>When two computers each changed the same record, a fixed rule chose the current version; the losing version is kept here, so nothing is dropped silently. Decide for each: keep the current version, or restore the losing one (only the station that owns the record may restore).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>已恢复落选的版本。</source>
        <translation>The losing version was restored.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保留当前版本。</source>
        <translation>The current version was kept.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/consent.py" line="+71"/>
        <source>登记知情同意：%1</source>
        <translation>Record consent: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>同意书</source>
        <translation>Consent form</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location line="-28"/>
        <source>如：母亲、祖父</source>
        <translation>e.g. mother, grandfather</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>同意日期</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>同意的用途</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单独同意的敏感信息</source>
        <translation>Separate consent to sensitive information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与服务对象关系</source>
        <translation>Relation to the client</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/dialogs.py" line="-34"/>
        <source>更正服务记录</source>
        <translation>Correct a service record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CorrectionsTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/corrections.py" line="+113"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更正说明</source>
        <translation>What to correct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提出人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>答复人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只看未答复的</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>答复…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>提出更正请求…</source>
        <translation>Request a correction…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>总站发现站点上报的记录有误时，请站点更正，而不是直接修改。请求随下一个发往站点的数据包送达；站点的答复随下一个上报的数据包送回。</source>
        <translation>When a record a station reported is wrong, the county asks the station to correct it instead of changing it. The request travels with the next bundle to the station; the answer comes back with the station&apos;s next bundle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县级总站请本站更正的记录。请更正后答复“已更正”，或说明理由答复“不予更正”；答复随下一个上报的数据包送达总站。</source>
        <translation>Records the county asks this station to correct. Correct the record and answer &quot;Corrected&quot;, or answer &quot;Declined&quot; with the reason; the answer reaches the county with the next bundle.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>已答复，将随下一个上报的数据包送达总站。</source>
        <translation>Answered; the answer goes to the county with the next bundle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已记录更正请求，将随下一个发往该站点的数据包送达。</source>
        <translation>Correction request recorded; it goes to the station with the next bundle.</translation>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/page.py" line="+99"/>
        <source>目标达成情况</source>
        <translation>Targets met</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印工作台</source>
        <translation>Print dashboard</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>年度目标</source>
        <translation>Targets for the year</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>政策依据：%1</source>
        <translation>Policy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 %1 项目标：%2 项达标，%3 项未达标。</source>
        <translation>%1 targets: %2 met, %3 not met.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ 达标</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ 未达标</source>
        <translation>✘ Not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要求 %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存工作台</source>
        <translation>Save the dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作台%1.pdf</source>
        <translation>Dashboard %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在生成工作台…</source>
        <translation>Making the dashboard…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="+206"/>
        <source>审批同意：%1</source>
        <translation>Approve: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回修改：%1</source>
        <translation>Return for changes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>审批意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回意见</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/month_approval.py" line="-54"/>
        <source>重新开放月份</source>
        <translation>Reopen a month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回月份</source>
        <translation>Return a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新开放</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/dialogs.py" line="+113"/>
        <source>添加附件到“%1”阶段</source>
        <translation>Add documents to the “%1” stage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件名，用逗号分隔</source>
        <translation>File names, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="-51"/>
        <source>登记捐赠</source>
        <translation>Record donation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>存入基金或慈善超市</source>
        <translation>Into fund or supermarket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>接收日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DonationsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/lists.py" line="+52"/>
        <source>接收日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基金或超市</source>
        <translation>Fund or supermarket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DonorDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="-89"/>
        <source>新增捐赠方</source>
        <translation>New donor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>捐赠方名称</source>
        <translation>Donor name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DonorsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/lists.py" line="-16"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠次数</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现金合计（元）</source>
        <translation>Cash total (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠物资</source>
        <translation>Goods given</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../wulian_desk/ui/drafts.py" line="+99"/>
        <source>上次锁屏或退出时，这里有未保存的内容。</source>
        <translation>Unsaved input was left here when the window last locked or closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/drill_down.py" line="+51"/>
        <source>%1：%2（要求 %3）</source>
        <translation>%1: %2 (target %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>站点或社区</source>
        <translation>Station or community</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现状</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要求</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>共 %1 条记录</source>
        <translation>%1 records</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <location line="-54"/>
        <source>社区社会组织</source>
        <translation>Community organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训记录</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作服务机构</source>
        <translation>Social work agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运行经费</source>
        <translation>Operating funds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所在站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/drive_picker.py" line="+26"/>
        <source>重新查找 U 盘</source>
        <translation>Look for USB sticks again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其他文件夹…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1（%2，剩余 %3）</source>
        <translation>%1 (%2, %3 free)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（没有找到 U 盘：请插好后重新查找，或选择其他文件夹）</source>
        <translation>(No USB stick found: plug one in and look again, or choose another folder)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/dialog.py" line="+103"/>
        <source>年度评估评议</source>
        <translation>Yearly evaluation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>评议年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评议结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>评议日期</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>评议意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+90"/>
        <source>评估验收</source>
        <translation>Evaluation and acceptance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（未评分）</source>
        <translation>(not scored)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>验收通过</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评估报告</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/transfer.py" line="+55"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>留在本站、不上报的字段</source>
        <translation>Fields that stay at the station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改写后上报的字段</source>
        <translation>Fields sent changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出到：</source>
        <translation>Export to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出数据包</source>
        <translation>Export bundles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发往</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>包号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>将要导出的内容</source>
        <translation>What will be exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发往：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据包只含对方还没有收到的记录，经过签名并加密，只有对方的电脑能打开。服务对象的身份以化名上报，文字记录留在本站；总站可以为督导放开部分字段。</source>
        <translation>A bundle holds only the records the other side does not have yet; it is signed and encrypted so that only the other side&apos;s computer can open it. Clients go up under pseudonyms and free-text notes stay at the station; the county may open some fields for supervision.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>还没有登记的同步对象。站点请先在“密钥与登记”中向县级总站申请登记。</source>
        <translation>Nothing enrolled yet. A station first enrols with its county under &quot;Keys and enrolment&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在统计将要导出的内容…</source>
        <translation>Counting what will be exported…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>共 %1 条记录（新增、修改和删除）。</source>
        <translation>%1 records in all (new, changed and deleted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对方已经收到全部记录；导出的数据包只带确认信息。</source>
        <translation>The other side has every record already; a bundle would carry acknowledgements only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请先插好 U 盘并重新查找，或选择一个文件夹。</source>
        <translation>Plug in a USB stick and look again, or choose a folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出，请勿拔出 U 盘…</source>
        <translation>Exporting; do not remove the USB stick…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在导出数据包…</source>
        <translation>Exporting bundles…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已写入 %1 个数据包到 %2，并已读回校验无误。可以安全拔出 U 盘。</source>
        <translation>%1 bundle(s) written to %2, read back and verified. The USB stick can be removed safely.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有导出完成：%1</source>
        <translation>Export not completed: %1</translation>
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
    <name>FigureButton</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/page.py" line="-130"/>
        <source>查看这个数字背后的记录</source>
        <translation>Show the records behind this figure</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/keys.py" line="-46"/>
        <source>例如 ABCD-EFGH-…，大小写和分隔符不限</source>
        <translation>e.g. ABCD-EFGH-…, any case and separators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对并登记</source>
        <translation>Check and enrol</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/dialog.py" line="+72"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1”有一份未保存的草稿（%2），是否恢复？</source>
        <translation>&quot;%1&quot; has an unsaved draft (%2). Restore it?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>草稿已自动保存 %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>有 %1 处需要修改，见标红的说明。</source>
        <translation>%1 answers need changes; see the notes in red.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在保存表格…</source>
        <translation>Saving the form…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>放弃这次填写的内容吗？草稿也将删除。</source>
        <translation>Discard what you entered? The draft will be deleted too.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../wulian_desk/ui/widgets/form.py" line="+27"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FormFileNotice</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/form_notice.py" line="+31"/>
        <source>%1 个表单文件有错误，没有载入（其他表单照常可用），请交维护人员修改：</source>
        <translation>%1 form file(s) have errors and were not loaded (the other forms work as usual); please pass them to whoever maintains the forms:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 第 %2 行：%3</source>
        <translation>%1, line %2: %3</translation>
    </message>
</context>
<context>
    <name>FormInputs</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/inputs.py" line="+36"/>
        <source>（%1 分）</source>
        <translation> (%1 points)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>18 位身份证号码</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FormRecordDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/record_view.py" line="+27"/>
        <source>查看表格（第 %1 版）</source>
        <translation>View form (version %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/view.py" line="+114"/>
        <source>%1 分（已答 %2/%3 项）</source>
        <translation>%1 points (%2 of %3 answered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 分</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（各项答完后给出）</source>
        <translation>(given when every item is answered)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（因%1调整）</source>
        <translation> (adjusted: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="+15"/>
        <source>新增社区基金或慈善超市</source>
        <translation>New community fund or charity supermarket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点或社区</source>
        <translation>Station or community</translation>
    </message>
</context>
<context>
    <name>FundsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/lists.py" line="-26"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点或社区</source>
        <translation>Station or community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>累计接收（元）</source>
        <translation>Received (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已分配（元）</source>
        <translation>Allocated (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>余额（元）</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资库存</source>
        <translation>Goods in stock</translation>
    </message>
</context>
<context>
    <name>GroupDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/detail.py" line="+67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>起止日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已开展/计划节数</source>
        <translation>Sessions held/planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出勤节数</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>前测</source>
        <translation>Pre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后测</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节次</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加组员</source>
        <translation>Add members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增一节</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记出勤</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写前后测</source>
        <translation>Fill a measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束小组</source>
        <translation>Close the group</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>组员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每节活动</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已开展 %1 节，出勤率 %2%</source>
        <translation>%1 sessions held, attendance %2%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；前测平均 %1</source>
        <translation>; pre mean %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；后测平均 %1，%2 人提升</source>
        <translation>; post mean %1, %2 improved</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="-126"/>
        <source>新建小组</source>
        <translation>New group</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>小组名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开展站点或社区</source>
        <translation>Station or community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>招募对象</source>
        <translation>Target members</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>计划节数</source>
        <translation>Planned sessions</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/page.py" line="+20"/>
        <source>小组名称</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已开展/计划节数</source>
        <translation>Sessions held/planned</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location line="+36"/>
        <source>小组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新建小组</source>
        <translation>New group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>小组名称、目标或负责社工（Ctrl+F）</source>
        <translation>Group name, goals or social worker (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/activities/dialogs.py" line="+20"/>
        <source>记录志愿服务时长：%1</source>
        <translation>Record volunteer hours: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>到场</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>留空则为“活动类型：活动名称”</source>
        <translation>Blank: &quot;type: title&quot; of the activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者（计划 %1 小时/人）</source>
        <translation>Volunteers (%1 hours planned each)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/household.py" line="+22"/>
        <source>，%1 年生</source>
        <translation>, born %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>添加家庭成员</source>
        <translation>Add a household member</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <location filename="../../wulian_desk/ui/widgets/id_number.py" line="+18"/>
        <source>请选择（或由身份证号码得出）</source>
        <translation>Choose (or let the ID number give it)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>18 位（或旧的 15 位），填后自动得出性别和出生日期</source>
        <translation>18 characters (or an old 15-digit number); gives the gender and birth date</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/transfer.py" line="+18"/>
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入 U 盘上的全部数据包</source>
        <translation>Import all bundles on the stick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择数据包文件…</source>
        <translation>Choose bundle files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只检查，不导入</source>
        <translation>Check only, do not import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发送方</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>包号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺少的包</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入前先检查签名、收件人和内容，全部无误才写入，并在写入前自动备份数据库。导入过的数据包再导入不会有任何变化；缺少的数据包会列出包号，补拷即可。</source>
        <translation>Before anything is written, the signature, recipient and contents are checked, and the database is backed up. Importing a bundle again changes nothing; missing bundles are listed by number so they can be copied over.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请先插好 U 盘并重新查找，或选择一个文件夹。</source>
        <translation>Plug in a USB stick and look again, or choose a folder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>在 %1 中没有找到发给本机的数据包（*.wlb）。</source>
        <translation>No bundles (*.wlb) for this computer in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另有 %1 个是发给其他电脑的。</source>
        <translation> %1 more are for other computers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入数据包 %1？</source>
        <translation>Import the bundle %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入数据包</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导入 %1 个数据包…</source>
        <translation>Importing %1 bundle(s)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在导入数据包…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1：%2 个</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 个数据包：</source>
        <translation>%1 bundle(s): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另有 %1 个数据包是发给其他电脑的，已跳过。</source>
        <translation> %1 bundle(s) for other computers were skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有 %1 处冲突待处理，请到“冲突”中选择保留的版本。</source>
        <translation> %1 conflict(s) to resolve: choose the version to keep under &quot;Conflicts&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="-92"/>
        <source>添加绩效指标</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改绩效指标</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>指标名称</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/certificates_page.py" line="-234"/>
        <source>出具志愿服务记录证明</source>
        <translation>Issue a volunteer certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名、拼音首字母或身份证号</source>
        <translation>Name, pinyin initials or ID number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查找志愿者</source>
        <translation>Find a volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起始日期（空：首次服务起）</source>
        <translation>From (blank: since the first service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/keys.py" line="+96"/>
        <source>本机密钥</source>
        <translation>This computer&apos;s keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设备编号</source>
        <translation>Device id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age 收件人</source>
        <translation>age recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed25519 签名公钥</source>
        <translation>Ed25519 signing public key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>写出登记申请…</source>
        <translation>Write an enrolment request…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入登记回执…</source>
        <translation>Import an enrolment reply…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接受登记申请…</source>
        <translation>Accept an enrolment request…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站点交来登记申请文件后：点“接受登记申请”打开它，打电话请站点读出其指纹并输入，核对一致后保存回执；把回执交给站点，并在电话中读出本总站的指纹，供站点导入回执时核对。总站的另一台电脑（从本站备份恢复而来）也这样写出申请，由这里接受。</source>
        <translation>When a station hands in its enrolment request: open it with &quot;Accept an enrolment request&quot;, phone the station, type the fingerprint it reads out and, if it matches, save the reply; give the reply to the station and read out this county&apos;s fingerprint on the phone so the station can check it when importing the reply. Another computer of the county (restored from its backup) writes a request the same way and is accepted here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>向县级总站登记：第一步，写出登记申请，用 U 盘交给总站，总站会打电话请您读出本机指纹；第二步，导入总站给的回执，输入电话中总站读出的指纹。本站的另一台电脑（从本站备份恢复而来）也这样写出申请，由这里接受。</source>
        <translation>Enrolling with the county: first write an enrolment request and take it to the county on a USB stick; the county will phone and ask you to read out this computer&apos;s fingerprint. Then import the county&apos;s reply, typing the fingerprint the county reads out on the phone. Another computer of this station (restored from its backup) writes a request the same way and is accepted here.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>已登记 %1 台社区社工室的电脑，它们的数据经本站转报总站。</source>
        <translation>%1 community room computers are enrolled here; their work goes on to the county through this station.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>已写出登记申请：%1。请把它交给接受登记的一方（县级总站，或本站已登记的电脑）；对方会打电话请您读出本机指纹 %2。</source>
        <translation>Enrolment request written: %1. Give it to the side that accepts it (the county, or this station&apos;s enrolled computer); they will phone and ask you to read out this computer&apos;s fingerprint %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择登记回执</source>
        <translation>Choose the enrolment reply</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已与 %1 的另一台电脑互相登记。此后两台电脑用数据包交换本站的全部记录。</source>
        <translation>Enrolled with another computer of %1. From now on the two computers exchange all of the station&apos;s records by bundle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>选择登记申请</source>
        <translation>Choose the enrolment request</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已登记本站的另一台电脑。请把回执 %2 拿到那台电脑上导入，导入时输入本机指纹：%3。</source>
        <translation>Another computer of this station is enrolled. Take the reply %2 to that computer and import it, typing this computer&apos;s fingerprint: %3.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>备份私钥…</source>
        <translation>Back up the private keys…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>私钥备份</source>
        <translation>Private key backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>私钥在加密的数据库里。备份文件用于电脑损坏时恢复，只应交县级总站保险柜保管。</source>
        <translation>The private keys are kept in the encrypted database. A backup is for recovering from a broken computer and belongs only in the county&apos;s safe.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>已登记 %1 个站点的电脑（其中 %2 个在用）。</source>
        <translation>%1 station computer(s) enrolled (%2 active).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本站还没有登记到县级总站。</source>
        <translation>This station is not enrolled with a county yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本站已登记到 %1（总站指纹 %2）。</source>
        <translation>This station is enrolled with %1 (county fingerprint %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>另有 %1 台本站的其他电脑与本机交换数据。</source>
        <translation> %1 other computer(s) of this station exchange data with this one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存登记申请</source>
        <translation>Save the enrolment request</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已登记到 %1。此后导出的数据包将发往该总站。</source>
        <translation>Enrolled with %1. Bundles exported from now on go to that county.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已登记 %1。请把回执 %2 交给站点，并在电话中告诉站点本总站的指纹：%3。</source>
        <translation>%1 enrolled. Give the reply %2 to the station and tell them this county&apos;s fingerprint on the phone: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>私钥备份文件可以解密发给本机的所有数据包，并以本站名义签名。它只应交县级总站保险柜保管，不要留在 U 盘或这台电脑上。确定要写出私钥备份吗？</source>
        <translation>The private key backup can decrypt every bundle sent to this computer and sign in this station&apos;s name. It belongs only in the county&apos;s safe, not on a USB stick or this computer. Write the private key backup?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份私钥</source>
        <translation>Back up the private keys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存私钥备份</source>
        <translation>Save the private key backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已写出私钥备份：%1。请交县级总站保险柜保管，勿留在 U 盘或电脑上。</source>
        <translation>Private key backup written: %1. Hand it to the county&apos;s safe; do not leave it on a USB stick or computer.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../wulian_desk/ui/widgets/export_button.py" line="+22"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../wulian_desk/ui/loading_page.py" line="+21"/>
        <source>载入中…</source>
        <translation>Loading…</translation>
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
    <name>MainMenu</name>
    <message>
        <location filename="../../wulian_desk/ui/main_menu.py" line="+101"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>记录(&amp;R)</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新增服务对象…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>开案…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>我的个案</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>志愿服务证明</source>
        <translation>Volunteer certificates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>核验证明验证码…</source>
        <translation>Verify a certificate code…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同步数据包</source>
        <translation>Sync bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>使用帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>新建当前页面的记录</source>
        <translation>New record on the current screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找服务对象和个案，或当前列表</source>
        <translation>Find clients and cases, or search the current list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印当前页面</source>
        <translation>Print the current screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把当前列表导出为 Excel</source>
        <translation>Export the current list to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新当前页面</source>
        <translation>Refresh the current screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定工作台</source>
        <translation>Lock the workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>常用快捷键：</source>
        <translation>Keyboard shortcuts:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>左侧导航切换工作内容；顶部搜索框按姓名、拼音首字母、身份证或电话尾号查找服务对象和个案。</source>
        <translation>The list on the left switches between areas of work; the search box at the top finds clients and cases by name, pinyin initials, or the last digits of an ID or phone number.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wulian_desk/ui/main_window.py" line="+94"/>
        <source>%1 - 五社联动工作台</source>
        <translation>%1 - Wulian Desk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>搜索服务对象和个案（Ctrl+F）</source>
        <translation>Search clients and cases (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前用户：%1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>密码已修改。下次登录和解锁请使用新密码。</source>
        <translation>Password changed. Use the new one to log in and unlock.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>当前账号无权导入数据包，请由站长或管理员导入 %1。</source>
        <translation>This account may not import bundles; ask the station head or an administrator to import %1.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+141"/>
        <source>有 %1 处需要修改，见标红的说明。</source>
        <translation>%1 answers need changing; see the notes in red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在保存前后测…</source>
        <translation>Saving the measure…</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+17"/>
        <source>登记实测值</source>
        <translation>Record measured value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1：目标 %2 %3</source>
        <translation>%1: target %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实测值</source>
        <translation>Measured</translation>
    </message>
</context>
<context>
    <name>MemberLine</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/household.py" line="-40"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（关系）</source>
        <translation>(relation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>出生年份</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="-126"/>
        <source>添加组员</source>
        <translation>Add members</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名或拼音首字母</source>
        <translation>Name or pinyin initials</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>查找服务对象</source>
        <translation>Find clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务对象</source>
        <translation>Clients</translation>
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
    <name>MonthApproval</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/month_approval.py" line="-40"/>
        <source>已报送（按时）</source>
        <translation>Submitted (on time)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已报送（逾期）</source>
        <translation>Submitted (late)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/monthly_report.py" line="+200"/>
        <source>报送月份…</source>
        <translation>Submit a month…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把已结束的月份报送给上级审核</source>
        <translation>Submit a month that has ended to the tier above for approval</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已报送 %1，将随下一个数据包上报。</source>
        <translation>%1 submitted; it goes up with the next bundle.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location line="-99"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月度报告%1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存月度报告</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>月度报告…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成某月的五社联动工作月报（PDF 或 Excel）</source>
        <translation>Write a month&apos;s work report (PDF or Excel)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>正在生成月度报告…</source>
        <translation>Writing the monthly report…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>月度报告已保存到：%1</source>
        <translation>Monthly report saved to: %1</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location line="-107"/>
        <source>月度报告</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 月</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF（打印用）</source>
        <translation>PDF (for printing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel 工作簿（.xlsx，便于汇总）</source>
        <translation>Excel workbook (.xlsx, for adding up)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站点报告本站当月的工作；县总站报告各站点的工作及全县合计。</source>
        <translation>A station reports its own month; the county general station reports every station and the county&apos;s total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成</source>
        <translation>Write</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="-131"/>
        <source>变更阶段</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转介到的机构</source>
        <translation>Organisation referred to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转到</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转介机构</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明（重新开案须写原因）</source>
        <translation>Note (reopening needs a reason)</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/projects/dialogs.py" line="-40"/>
        <source>推进项目阶段</source>
        <translation>Move the project on</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>文件名，用逗号分隔</source>
        <translation>File names, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>推进到</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>附件</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MoveFolderDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/move_folder.py" line="+42"/>
        <source>移动数据文件夹</source>
        <translation>Move the data folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新的、空的文件夹</source>
        <translation>A new, empty folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本机所有 Windows 用户都使用这个文件夹</source>
        <translation>Every Windows user of this PC uses this folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移动时先退出登录，把站点复制到新文件夹，用您的密码打开副本并逐项检查，全部通过后才改用新文件夹；原文件夹 %1 保留备查，不再打开。任何一步出错，站点都留在原处。</source>
        <translation>Moving logs out, copies the station to the new folder, opens the copy with your password and checks it, and only when every check passes switches to the new folder; the old folder %1 is kept for reference and no longer opened. If any step fails, the station stays where it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>移到</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站长密码</source>
        <translation>Station head&apos;s password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>选择新的数据文件夹</source>
        <translation>Choose the new data folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写新文件夹和站长密码。</source>
        <translation>Give the new folder and the station head&apos;s password.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/accounts/dialogs.py" line="+72"/>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登录用，例如 lixiao；不能含空格</source>
        <translation>For logging in, e.g. lixiao; no spaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如 李晓</source>
        <translation>e.g. Li Xiao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>至少 %1 个字符，混合字母、数字或符号</source>
        <translation>At least %1 characters; mix letters, digits or symbols</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../wulian_desk/ui/notice.py" line="+31"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>已发送到打印机 %1</source>
        <translation>Sent to printer %1</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="-54"/>
        <source>开案</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如：独居老人生活照料</source>
        <translation>e.g. daily care for an elder living alone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（暂不指定）</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>个案主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险等级</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>下次回顾日期</source>
        <translation>Next review</translation>
    </message>
</context>
<context>
    <name>OperatingFundDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="+46"/>
        <source>登记运行经费收支</source>
        <translation>Record operating funds</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>站点或社工室</source>
        <translation>Station or room</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收支</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OperatingFunds</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/funds.py" line="+40"/>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记经费收支</source>
        <translation>Record funds in or out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>站点或社工室</source>
        <translation>Station or room</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收到经费（元）</source>
        <translation>Received (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支出（元）</source>
        <translation>Spent (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结余（元）</source>
        <translation>Left (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最低要求（元）</source>
        <translation>Minimum (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是否达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>说明或站点名称</source>
        <translation>Note or station name</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 年：%2 个站点或社工室有运行经费最低要求，%3 个达标。</source>
        <translation>%1: %2 stations or rooms have a minimum for operating funds; %3 meet it.</translation>
    </message>
</context>
<context>
    <name>OperatingFundsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/lists.py" line="+35"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收支</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/detail.py" line="+25"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度评估评议</source>
        <translation>Yearly evaluation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记或备案</source>
        <translation>Registered or filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>成员人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联合会</source>
        <translation>Federation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>简易章程</source>
        <translation>Charter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>评估评议</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>参与的社区活动</source>
        <translation>Activities taken part in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>品牌社区社会组织</source>
        <translation>Brand community organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品牌项目：%1</source>
        <translation>Brand project: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/dialog.py" line="-83"/>
        <source>编辑社区社会组织</source>
        <translation>Edit community organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记社区社会组织</source>
        <translation>Register a community organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（请选择社区）</source>
        <translation>(choose the community)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>品牌社区社会组织</source>
        <translation>Brand community organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已加入社区社会组织联合会</source>
        <translation>Member of the federation of community organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>组织名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记或备案</source>
        <translation>Registered or filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记证号</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>备案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>成员人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简易章程</source>
        <translation>Charter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>品牌项目</source>
        <translation>Brand project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联合会</source>
        <translation>Federation</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/page.py" line="+28"/>
        <source>组织名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记或备案</source>
        <translation>Registered or filed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近评议</source>
        <translation>Last evaluation</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location line="+36"/>
        <source>社区社会组织</source>
        <translation>Community social organisations</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>登记社会组织</source>
        <translation>Register organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印台账</source>
        <translation>Print ledger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>组织名称或负责人（Ctrl+F）</source>
        <translation>Organisation or leader (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存社区社会组织台账</source>
        <translation>Save the organisation ledger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1社会组织台账.pdf</source>
        <translation>%1 organisation ledger.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在生成台账…</source>
        <translation>Making the ledger…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../wulian_desk/ui/overview.py" line="+102"/>
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
        <location line="+53"/>
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
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/accounts/dialogs.py" line="+71"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至少 %1 个字符，混合字母、数字或符号</source>
        <translation>At least %1 characters; mix letters, digits or symbols</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>PeersTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/peers.py" line="+54"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已发出的包</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对方已确认收到</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近收到的包</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近导入时间</source>
        <translation>Last imported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>吊销选中的电脑…</source>
        <translation>Revoke the selected computer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“已发出的包”是本机发给对方的最后一个包号，“对方已确认收到”是对方回传确认的包号；电脑丢失或更换时请吊销它，此后不再接受它的数据包。</source>
        <translation>&quot;Last bundle sent&quot; is the number of the last bundle this computer wrote for the other side, &quot;Acknowledged&quot; the last one the other side confirmed. Revoke a computer that was lost or replaced: its bundles are refused from then on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最新包号</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近数据包写于</source>
        <translation>Latest bundle written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近导入</source>
        <translation>Last imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺少的包</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>各站点上报情况</source>
        <translation>Stations&apos; reporting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>站点在月份结束后报送该月即算已上报，按政策配置的截止日（默认下月 5 日）前报送的算按时；数据包的写出日期不算上报。</source>
        <translation>A station has reported a month when it submits it after the month ends, on time when by the policy profile&apos;s due day (the 5th of the next month unless set otherwise); the date a bundle was written does not count.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>上报率 %1，及时率 %2（应报 %3 个站点，已上报 %4 个，按时 %5 个）。</source>
        <translation>Reporting rate %1, timeliness %2 (%3 stations expected, %4 reported, %5 on time).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>确定吊销 %1 的这台电脑（指纹 %2）吗？吊销后不再接受它的数据包，也不再向它导出；该电脑须重新安装后重新登记。</source>
        <translation>Revoke this computer of %1 (fingerprint %2)? Its bundles will be refused and nothing more exported to it; it must be reinstalled and enrol again.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/people.py" line="+34"/>
        <source>姓名或志愿者统一编号</source>
        <translation>Name or national volunteer number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逐条记录列表</source>
        <translation>Record by record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名 / 站点</source>
        <translation>Name / station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者统一编号</source>
        <translation>National volunteer number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计时长（小时）</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级</source>
        <translation>Star level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务的站点 / 服务队</source>
        <translation>Stations / teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>无服务队</source>
        <translation>No team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 次，%2 学时</source>
        <translation>%1 sessions, %2 hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 %1 人（%2 条志愿者记录）</source>
        <translation>%1 people (%2 volunteer records)</translation>
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
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/print_options.py" line="+14"/>
        <source>打印个案档案</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认隐去身份证号码和电话号码的中间几位。打印完整号码会记入审计日志。</source>
        <translation>ID and phone numbers are masked by default. A print with full numbers is recorded in the audit journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印完整号码</source>
        <translation>Print full numbers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>继续</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/detail.py" line="+102"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>编辑项目</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未测量</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>协议条款</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>评估验收</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>推进阶段</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加指标</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改所选指标</source>
        <translation>Change selected indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记实测值</source>
        <translation>Record measured value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记支出</source>
        <translation>Record spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加附件</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承接机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预算与协议金额</source>
        <translation>Budget and contract</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务期限</source>
        <translation>Service period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已支出</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>实测值</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成率</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>支出日期</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>附件</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>绩效指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经费支出</source>
        <translation>Spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段记录</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>评分 %1，%2</source>
        <translation>Score %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收通过</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未通过验收</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预算 %1 元；协议金额 %2 元</source>
        <translation>Budget %1 yuan; contract %2 yuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 元（协议金额余 %2 元）</source>
        <translation>%1 yuan (%2 yuan of the contract left)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>请先在列表中选中一项绩效指标。</source>
        <translation>Select an indicator in the list first.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/dialogs.py" line="-40"/>
        <source>新建项目（需求评估）</source>
        <translation>New project (needs assessment)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑项目</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区征集到的服务需求</source>
        <translation>Needs gathered from the communities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/page.py" line="+22"/>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承接机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议金额（元）</source>
        <translation>Contract amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已支出（元）</source>
        <translation>Spent (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标达标</source>
        <translation>Indicators met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评分</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location line="+21"/>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>项目或承接机构名称（Ctrl+F）</source>
        <translation>Project or agency name (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>政府购买服务项目</source>
        <translation>Government-purchased service projects</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/recipients.py" line="+48"/>
        <source>输入姓名或名称查找</source>
        <translation>Type part of a name to find</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受助方类别</source>
        <translation>Recipient kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找受助方</source>
        <translation>Find the recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受助方</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/widgets/record_dialog.py" line="+69"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+165"/>
        <location line="+7"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../wulian_desk/ui/clients/listing.py" line="+77"/>
        <source>共 %1 条</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 条以上，正在载入…</source>
        <translation>%1+ rows, loading the rest…</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/record_tab.py" line="+47"/>
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
        <location line="+97"/>
        <source>确定删除%1吗？删除后可以立即撤销。</source>
        <translation>Delete %1? You can undo this straight away.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已删除%1。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>共 %1 条</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 条以上，正在载入…</source>
        <translation>%1+ rows, loading the rest…</translation>
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
    <name>RepeatInput</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/repeat.py" line="+80"/>
        <source>添加一项</source>
        <translation>Add an item</translation>
    </message>
</context>
<context>
    <name>RepeatItem</name>
    <message>
        <location line="-49"/>
        <source>删除此项</source>
        <translation>Remove this item</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>第 %1 项</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/keys.py" line="-203"/>
        <source>导入登记回执</source>
        <translation>Import an enrolment reply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回执文件</source>
        <translation>Reply file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请打电话给发回执的一方（县级总站，或本站的另一台电脑），请对方读出其电脑上显示的指纹，把听到的指纹输入下面。与回执中的指纹一致才会登记。</source>
        <translation>Phone the side that wrote the reply (the county, or another computer of this station), ask them to read out the fingerprint shown on their computer and type what you hear below. Enrolment goes ahead only if it matches the fingerprint in the reply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话中听到的指纹</source>
        <translation>Fingerprint heard on the phone</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/corrections.py" line="-176"/>
        <source>提出更正请求</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>输入编号、姓名或名称查找</source>
        <translation>Type a number or name to find it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>哪里需要更正，依据是什么</source>
        <translation>What needs correcting, and on what grounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找记录</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正说明</source>
        <translation>What to correct</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/accounts/dialogs.py" line="-58"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>为 %1（%2）设置新密码。请当面把新密码告诉本人，并请其登录后修改。</source>
        <translation>Set a new password for %1 (%2). Tell them in person and ask them to change it after logging in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>该账号已停用，重设密码后将重新启用。</source>
        <translation>This account is disabled; a new password enables it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location line="+13"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新角色</source>
        <translation>New role</translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/rollup_cells.py" line="+21"/>
        <source>新开个案</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月末在案</source>
        <translation>Open at month end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案服务（次）</source>
        <translation>Case sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动（场）</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务（小时）</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会组织</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现金捐赠（元）</source>
        <translation>Cash donations (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/rollup_view.py" line="+67"/>
        <source>各站点汇总</source>
        <translation>Stations&apos; month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>各社区汇总</source>
        <translation>Communities&apos; month</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本月上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>功能室达标</source>
        <translation>Facilities met</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>目标达成</source>
        <translation>Targets met</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成情况</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>各站点的数字</source>
        <translation>Each station&apos;s figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本站各单位的数字</source>
        <translation>This station&apos;s figures per unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上报情况</source>
        <translation>Who reported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在汇总%1…</source>
        <translation>Rolling up %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>汇总已取消，点“刷新”重新汇总。</source>
        <translation>The roll-up was cancelled; click Refresh to roll up again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>汇总没有完成。</source>
        <translation>The roll-up did not finish.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1：本站各单位的工作，与本站月度报告相同。</source>
        <translation>%1: this station&apos;s work per unit, as its monthly report shows it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本月报送：%1</source>
        <translation>This month: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1：%2 个站点有数据；应报 %3 个站点，已上报 %4 个，按时 %5 个。</source>
        <translation>%1: %2 stations with data; %3 stations due to report, %4 reported, %5 on time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1：%2 个站点有数据。</source>
        <translation>%1: %2 stations with data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全县合计</source>
        <translation>County total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计（含社工室）</source>
        <translation>Total (with community rooms)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（含社工室）</source>
        <translation> (with community rooms)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 的数据还没有导入。</source>
        <translation>Nothing of %1 has been imported yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1：各单位本月情况</source>
        <translation>%1: the month per unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 的年度目标：%2 项达标，%3 项未达标。</source>
        <translation>%1&apos;s targets for the year: %2 met, %3 not met.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ 达标</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ 未达标</source>
        <translation>✘ Not met</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/room_dialog.py" line="+26"/>
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
        <location line="+1"/>
        <source>面积（平方米）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>SearchPopup</name>
    <message>
        <location filename="../../wulian_desk/ui/search.py" line="+47"/>
        <source>搜索服务对象和个案</source>
        <translation>Search clients and cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>姓名、拼音首字母（如 zs）、身份证或电话尾号、服务记录中的词</source>
        <translation>Name, pinyin initials (e.g. zs), last digits of ID or phone, words in session notes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>找到 %1 项</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="+46"/>
        <source>添加服务记录</source>
        <translation>Add a session record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站外地点（家访等）</source>
        <translation>Outside the station (home visit etc.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：服务对象家中、社区广场</source>
        <translation>e.g. the client&apos;s home, the community square</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>服务日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+19"/>
        <source>新增一节活动</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>活动日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>活动地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动计划</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../wulian_desk/ui/settings_page.py" line="+39"/>
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
        <location line="+6"/>
        <source>移动数据文件夹…</source>
        <translation>Move the data folder…</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <name>SharingTab</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/sharing.py" line="+33"/>
        <source>为督导放开上报</source>
        <translation>Send up for supervision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本站现行</source>
        <translation>In force here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>默认处理</source>
        <translation>By default</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>默认情况下，服务对象的姓名以化名上报，出生日期只报年份，身份证号、电话、住址和各种文字记录留在各站点。为督导需要，可以勾选下列字段，让各站点照原样上报。</source>
        <translation>By default a client&apos;s name goes up as a pseudonym and a birth date as its year only, while ID numbers, phone numbers, addresses and all written notes stay at the stations. For supervision, tick the fields below to have the stations send them up as they are.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下列字段默认不上报或改写后上报。共享策略由县级总站制定，随总站的数据包下达；“本站现行”是本站导出时实际采用的处理，本站只能查看。</source>
        <translation>By default the fields below stay at the station or go up changed. The county general station sets the sharing policy and sends it down with its bundles; &quot;In force here&quot; is what this station&apos;s exports actually do. It can only be viewed here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存后，新的策略随下一个发往各站点的数据包下达；各站点导入该数据包以后，再导出的数据包才按新策略上报。已经上报的数据不受影响。</source>
        <translation>Once saved, the new policy goes down with the next bundle to each station; the bundles a station exports after importing it follow the new policy. What was sent up already is not affected.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存共享策略</source>
        <translation>Save the sharing policy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销修改</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>照原样上报（总站已放开）</source>
        <translation>as it is (widened by the county)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>有未保存的修改。</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已保存共享策略（放开 %1 个字段）。将随下一个发往各站点的数据包生效。</source>
        <translation>Sharing policy saved (fields sent up for supervision: %1). It takes effect with the next bundle to each station.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../wulian_desk/ui/shell.py" line="+120"/>
        <source>站点已移到 %1，检查全部通过。原文件夹保留备查，确认无误后可以删除。</source>
        <translation>The station was moved to %1 and passed every check. The old folder is kept for reference; delete it once you are sure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在移动数据文件夹…</source>
        <translation>Moving the data folder…</translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+16"/>
        <source>登记项目支出</source>
        <translation>Record project spending</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>支出日期</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>StaffDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/detail.py" line="+27"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变更职业资格证书</source>
        <translation>Change certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记培训</source>
        <translation>Record training</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职业资格证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作站点</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训课时</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训名称</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>课时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>举办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>培训记录</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本年 %1 课时，累计 %2 课时</source>
        <translation>%1 hours this year, %2 in all</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="-90"/>
        <source>新增工作人员</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作站点</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业资格证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/lists.py" line="-26"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业资格证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作站点</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年培训课时</source>
        <translation>Training hours this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>累计培训课时</source>
        <translation>Training hours in all</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/page.py" line="+75"/>
        <source>人员与培训</source>
        <translation>Staff and training</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>新增工作人员</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>为选中人员登记培训</source>
        <translation>Record training for the selected staff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>姓名、岗位或机构（Ctrl+F）</source>
        <translation>Name, post or agency (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>培训名称、举办单位或姓名</source>
        <translation>Course, organiser or name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>共 %1 人，持证社工 %2 人</source>
        <translation>%1 staff, %2 certified social workers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请先在列表中选中参训人员。</source>
        <translation>First select the trainees in the list.</translation>
    </message>
</context>
<context>
    <name>StaffTabs</name>
    <message>
        <location line="-69"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训记录</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运行经费</source>
        <translation>Operating funds</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/lists.py" line="+4"/>
        <source>慈善超市或基金</source>
        <translation>Supermarket or fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入库</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出库</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点或社区</source>
        <translation>Station or community</translation>
    </message>
</context>
<context>
    <name>StockOutDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/stock_out.py" line="+28"/>
        <source>物资出库</source>
        <translation>Goods out</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>从慈善超市</source>
        <translation>From the supermarket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现有库存</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出库数量</source>
        <translation>Quantity out</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>出库日期</source>
        <translation>Out on</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SubmitMonthDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/monthly_report.py" line="+92"/>
        <source>报送月份</source>
        <translation>Submit a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报送后随下一个数据包交上级审核；审核通过的月份在本站锁定，不能再增删改，如需更正须由上级发出更正请求。</source>
        <translation>Once submitted, the month goes up with the next bundle for approval; an approved month is locked here (nothing added, changed or deleted) and a correction needs a correction request from the tier above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="+35"/>
        <source>添加督导记录</source>
        <translation>Add a supervision record</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>督导日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>督导记录</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/files.py" line="+22"/>
        <source>选择 U 盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择数据包</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包 (*.wlb);;所有文件 (*)</source>
        <translation>Bundles (*.wlb);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记文件 (*.wer);;所有文件 (*)</source>
        <translation>Enrolment files (*.wer);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>登记文件 (*.wer)</source>
        <translation>Enrolment files (*.wer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>私钥备份 (*.txt)</source>
        <translation>Private key backup (*.txt)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/labels.py" line="+13"/>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>冲突处理决定</source>
        <translation>Conflict decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电脑签名公钥</source>
        <translation>Computers&apos; signing keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正答复</source>
        <translation>Correction answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除记录</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正请求</source>
        <translation>Correction requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总站文件</source>
        <translation>County documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方</source>
        <translation>Donors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点与社区</source>
        <translation>Stations and communities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作服务机构</source>
        <translation>Social work agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区基金与慈善超市</source>
        <translation>Community funds and charity shops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运行经费</source>
        <translation>Operating funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社会组织</source>
        <translation>Community organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务队</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>慈善资源分配</source>
        <translation>Charity allocations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知情同意</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组组员</source>
        <translation>Group members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组活动节次</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会组织评议</source>
        <translation>Organisation evaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务队队员</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者表彰</source>
        <translation>Volunteer awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务证明</source>
        <translation>Volunteer certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者评价</source>
        <translation>Volunteer evaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者培训</source>
        <translation>Volunteer training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动参与者</source>
        <translation>Activity participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动志愿者</source>
        <translation>Activity volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案阶段记录</source>
        <translation>Case stage changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表单记录</source>
        <translation>Form records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组出勤</source>
        <translation>Group attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会组织活动</source>
        <translation>Organisation activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目阶段记录</source>
        <translation>Project stage changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目指标</source>
        <translation>Project indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目支出</source>
        <translation>Project spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务记录</source>
        <translation>Volunteer service records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案服务记录</source>
        <translation>Case sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员培训</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组前后测</source>
        <translation>Group measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导记录</source>
        <translation>Supervision records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名或名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名拼音首字母</source>
        <translation>Name initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭成员</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康状况</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表单填写内容</source>
        <translation>Form answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间类型</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成员人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时长（分钟）</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>化名</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只报年份</source>
        <translation>year only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不上报</source>
        <translation>not sent up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>县级总站</source>
        <translation>County station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站其他电脑</source>
        <translation>Another computer of this station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经乡镇（街道）站转报</source>
        <translation>Through its township station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查通过（未导入）</source>
        <translation>Checked (not imported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>待答复</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予更正</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncOutcomes</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/outcomes.py" line="+19"/>
        <source>不是数据包</source>
        <translation>not a bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不完整</source>
        <translation>truncated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发送方未登记</source>
        <translation>unknown sender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发送方已吊销</source>
        <translation>sender revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名不符</source>
        <translation>bad signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是发给本机的</source>
        <translation>wrong recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来自更新版本的程序</source>
        <translation>from a newer version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容被改动</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容格式不对</source>
        <translation>malformed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含有不属于发送方的记录</source>
        <translation>record outside the sender&apos;s data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引用了不存在的记录</source>
        <translation>refers to a missing record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解压后大小不符</source>
        <translation>inflates too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总站人员密钥与本站已有的不同</source>
        <translation>The county&apos;s person secret differs from the one held here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取文件</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其他原因</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导入：来自 %1 的第 %2 号数据包，%3 条记录</source>
        <translation>Imported bundle %2 from %1, records: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以导入：来自 %1 的第 %2 号数据包，%3 条记录</source>
        <translation>Can be imported: bundle %2 from %1, records: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，%1 处冲突待处理</source>
        <translation>, conflicts to resolve: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。注意：还缺第 %1 号数据包，请补拷（本包带有完整数据，照常导入）</source>
        <translation>. Note: bundles %1 are missing; copy them too (this bundle carries full data all the same)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 %1 号数据包已经导入过，未做任何更改。</source>
        <translation>Bundle %1 was imported before; nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来自 %1 的第 %2 号数据包被拒绝：%3。数据库未做任何更改。</source>
        <translation>Bundle %2 from %1 refused: %3. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据包被拒绝：%1。数据库未做任何更改。</source>
        <translation>Bundle refused: %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../wulian_desk/ui/sync/page.py" line="+32"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各站点与上报</source>
        <translation>Stations and reporting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同步对象</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共享策略</source>
        <translation>Sharing policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>更正请求</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密钥与登记</source>
        <translation>Keys and enrolment</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>冲突（%1）</source>
        <translation>Conflicts (%1)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../wulian_desk/ui/tasks.py" line="+79"/>
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
    <name>TrainingDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="+38"/>
        <source>登记培训</source>
        <translation>Record training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>参训人员</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训名称</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>课时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>培训日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>举办单位</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>TrainingsModel</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/lists.py" line="+4"/>
        <source>培训日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作站点</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训名称</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>课时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办单位</source>
        <translation>Organiser</translation>
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
        <location filename="../../wulian_desk/ui/overview.py" line="-126"/>
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
        <location line="+26"/>
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
    <name>VolunteerDetail</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/page.py" line="+67"/>
        <source>保存志愿服务记录证明</source>
        <translation>Save the volunteer service certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>证明 %1：%2 出具于 %3</source>
        <translation>Certificate %1: issued by %2 on %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>志愿者 %1，%2 至 %3，%4 小时</source>
        <translation>Volunteer %1, %2 to %3, %4 hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已吊销（%1）%2</source>
        <translation>Revoked (%1)%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>签名有效，未吊销。</source>
        <translation>The signature is valid; not revoked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与现有服务记录不一致：出具后记录有更正。</source>
        <translation>Differs from the service records held: they were corrected after issue.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>身份证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者统一编号</source>
        <translation>National volunteer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>专业技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿服务队</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各年服务时长</source>
        <translation>Hours by year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>服务日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正所选记录</source>
        <translation>Correct the selected record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具服务证明…</source>
        <translation>Issue a certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核验证明…</source>
        <translation>Verify a certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销证明…</source>
        <translation>Revoke a certificate…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>服务记录（含更正前的记录）</source>
        <translation>Service records (earlier versions included)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 年 %2 小时</source>
        <translation>%1: %2 hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1（累计 %2 小时）</source>
        <translation>%1 (%2 hours in all)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已更正（原记录）</source>
        <translation>Corrected (earlier version)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>更正：%1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补录</source>
        <translation>Entered late</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先在服务记录中选中要更正的一条。</source>
        <translation>Select the service record to correct first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这条记录已被更正过，请更正最新的那一条。</source>
        <translation>This record was corrected already; correct the latest version.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在生成证明…</source>
        <translation>Making the certificate…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证明 %1 已保存到 %2（验证码 %3）</source>
        <translation>Certificate %1 saved to %2 (verification code %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>核验志愿服务记录证明</source>
        <translation>Verify a volunteer service certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验证码（证明上的编号与验证码）：</source>
        <translation>Code (the number and code on the certificate):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>吊销志愿服务记录证明</source>
        <translation>Revoke a volunteer service certificate</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>证明编号：</source>
        <translation>Certificate number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>吊销的原因：</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在吊销…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>证明已吊销；下次导出数据包时告知县级总站。</source>
        <translation>The certificate is revoked; the county is told with the next bundle.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/dialogs.py" line="-47"/>
        <source>登记志愿者</source>
        <translation>Register a volunteer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选填：全国志愿服务信息系统的编号</source>
        <translation>Optional: the number in the national volunteer system</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者统一编号</source>
        <translation>National volunteer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属站点或社区</source>
        <translation>Station or community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意登记的日期</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>同意日期</source>
        <translation>Consent given on</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../wulian_desk/ui/volunteers/page.py" line="-205"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年时长</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>累计时长</source>
        <translation>Hours in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location line="+235"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>登记志愿者</source>
        <translation>Register a volunteer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按人汇总</source>
        <translation>By person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名、拼音首字母或身份证号（Ctrl+F）</source>
        <translation>Name, pinyin initials or ID number (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>auditAction</name>
    <message>
        <location filename="../../wulian_desk/ui/audit_page.py" line="-263"/>
        <source>建立站点</source>
        <translation>Station set up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤销删除</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彻底清除</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看完整号码</source>
        <translation>Full ID/phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建账号</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用账号</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新生成恢复码</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出数据包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入数据包</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理冲突</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提出更正请求</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复更正请求</source>
        <translation>Answer correction request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成登记申请</source>
        <translation>Write enrolment request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接受登记</source>
        <translation>Accept enrolment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入登记回执</source>
        <translation>Import enrolment reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份密钥</source>
        <translation>Back up keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销电脑</source>
        <translation>Revoke computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改共享策略</source>
        <translation>Change sharing policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回未建成的账号</source>
        <translation>Undo unfinished account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除无主密钥槽</source>
        <translation>Remove orphan key slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建立账号签名密钥</source>
        <translation>Create accounts key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送月份</source>
        <translation>Submit a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审核通过月份</source>
        <translation>Approve a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回月份</source>
        <translation>Return a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新开放月份</source>
        <translation>Reopen a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员密钥（生成或收到并计算人员标识）</source>
        <translation>Person secret (made or received; person keys computed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联为同一人</source>
        <translation>Link as one person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消同一人关联</source>
        <translation>Unlink a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销志愿服务证明</source>
        <translation>Revoke a volunteer certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移动数据文件夹</source>
        <translation>Move the data folder</translation>
    </message>
</context>
<context>
    <name>auditKind</name>
    <message>
        <location line="+5"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知情同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表单</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务记录</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导记录</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务记录</source>
        <translation>Volunteer service record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组活动</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会组织</source>
        <translation>Community organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织评议</source>
        <translation>Organisation evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目指标</source>
        <translation>Project indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目支出</source>
        <translation>Project spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目进程</source>
        <translation>Project stage change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工机构</source>
        <translation>Social work agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训记录</source>
        <translation>Training record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运营经费</source>
        <translation>Operating funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区基金或慈善超市</source>
        <translation>Community fund or charity supermarket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠</source>
        <translation>Donation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分配</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步对象</source>
        <translation>Sync partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级文件</source>
        <translation>County document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月度报表</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月度报送</source>
        <translation>Monthly submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>charity</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="+14"/>
        <source>现金（元）；捐赠物资时留空</source>
        <translation>Cash (yuan); leave empty for goods</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
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
        <location filename="../../wulian_desk/ui/navigation.py" line="+22"/>
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
        <source>目标达成</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对照政策目标：社会组织、人员、培训课时、运行经费是否达标，以及每个数字背后的记录。</source>
        <translation>Against the policy targets: organisations, staff, training hours, operating funds met or not, and the records behind each figure.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>服务对象</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象的基本情况、类别和知情同意。</source>
        <translation>Clients&apos; details, categories and consent.</translation>
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
        <location line="+2"/>
        <source>小组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组工作：小组目标、每节活动、组员出勤和前后测评估。</source>
        <translation>Group work: goals, sessions, members&apos; attendance and before/after evaluation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社区活动</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻里守望、协商议事、文体活动等社区工作，以及重大活动报备。</source>
        <translation>Community work such as neighbourhood watch, residents&apos; consultations and cultural events, and reporting of major events.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者与志愿服务队、服务记录和时长、志愿服务证明。</source>
        <translation>Volunteers and volunteer teams, service records and hours, and volunteer certificates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>志愿服务证明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站出具的志愿服务记录证明：出具、补打、核验验证码和吊销。</source>
        <translation>Volunteer certificates issued here: issue, reprint, verify a code, revoke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社会组织</source>
        <translation>Social organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社会组织的登记或备案、类型、负责人、成员与活动、品牌建设。</source>
        <translation>Community social organisations: registration or filing, type, leader, members and activities, and brand building.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>慈善资源</source>
        <translation>Charity resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方、资金和物资捐赠、社区基金、慈善超市及其分配去向。</source>
        <translation>Donors, donations of money and goods, community funds, charity supermarkets, and where it all went.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府购买服务项目：需求评估、立项、签约、服务、中期督导和评估验收。</source>
        <translation>Government-purchased service projects: needs assessment, approval, contract, service, mid-term supervision and final evaluation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人员与培训</source>
        <translation>Staff and training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员、社会工作者职业资格证书、培训学时和个案量。</source>
        <translation>Staff, social work qualifications, training hours and caseloads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用 U 盘与县级总站或本站其他电脑交换数据包。</source>
        <translation>Exchange data bundles on a USB stick with the county station or the station&apos;s other computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>员工账号、角色、密码和恢复码。</source>
        <translation>Staff accounts, roles, passwords and the recovery code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谁在何时对哪条记录做了什么：登录、查看、修改、打印、导出。</source>
        <translation>Who did what to which record, and when: logins, views, edits, prints and exports.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>printing</name>
    <message>
        <location filename="../../wulian_desk/ui/dashboard/printing.py" line="+20"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已保存到：%1</source>
        <translation>Saved to: %1</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../wulian_desk/ui/facilities/units.py" line="+28"/>
        <source>全部站点</source>
        <translation>All units</translation>
    </message>
</context>
</TS>
