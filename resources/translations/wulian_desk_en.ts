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
        <location filename="../../wulian_desk/ui/activities/dialogs.py" line="+54"/>
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
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+38"/>
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
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="+162"/>
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
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 件资产</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+152"/>
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
    <message numerus="yes">
        <location line="+42"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
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
        <source>%1，%2。</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>已导入 %n 个数据包</source>
        <translation>
            <numerusform>%n bundle imported</numerusform>
            <numerusform>%n bundles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>共 %n 条记录</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
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
        <location line="+27"/>
        <source>%1，%2。</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>在办个案 %n 个</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>回顾已逾期 %n 个</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="+57"/>
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
        <location filename="../../wulian_desk/ui/certificates_page.py" line="+114"/>
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
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="+61"/>
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
        <location filename="../../wulian_desk/ui/clients/page.py" line="+19"/>
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
        <location filename="../../wulian_desk/ui/dashboard/page.py" line="+98"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %n 项目标：</source>
        <translation>
            <numerusform>%n target: </numerusform>
            <numerusform>%n targets: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 项达标，%2 项未达标。</source>
        <translation>%1 met, %2 not met.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../wulian_desk/ui/dashboard/drill_down.py" line="+50"/>
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
    <message numerus="yes">
        <location line="+5"/>
        <source>共 %n 条记录</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../wulian_desk/core/errors.py" line="+105"/>
        <source>操作已取消，未做任何更改。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/dialog.py" line="+104"/>
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
        <location line="+34"/>
        <source>有 %1 处需要修改，见标红的说明。</source>
        <translation>%1 answers need changing; see the notes in red.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>草稿已自动保存 %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>有 %n 处需要修改，见标红的说明。</source>
        <translation>
            <numerusform>%n answer needs changes; see the note in red.</numerusform>
            <numerusform>%n answers need changes; see the notes in red.</numerusform>
        </translation>
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
        <location filename="../../wulian_desk/ui/cases/form_notice.py" line="+30"/>
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
    <message numerus="yes">
        <location line="+24"/>
        <source>已开展 %n 节</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，出勤率 %1%</source>
        <translation>, attendance %1%</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../wulian_desk/ui/widgets/id_number.py" line="+17"/>
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
    <message numerus="yes">
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="+141"/>
        <source>有 %n 处需要修改，见标红的说明。</source>
        <translation>
            <numerusform>%n answer needs changes; see the note in red.</numerusform>
            <numerusform>%n answers need changes; see the notes in red.</numerusform>
        </translation>
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
        <location filename="../../wulian_desk/ui/accounts/dialogs.py" line="+73"/>
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
        <location filename="../../wulian_desk/ui/volunteers/people.py" line="+35"/>
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
        <location filename="../../wulian_desk/ui/charity/recipients.py" line="+49"/>
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
        <location filename="../../wulian_desk/ui/widgets/record_dialog.py" line="+67"/>
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
    <message numerus="yes">
        <location filename="../../wulian_desk/ui/clients/listing.py" line="+77"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
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
    <message numerus="yes">
        <location line="+61"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
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
        <location filename="../../wulian_desk/ui/setup_wizard.py" line="+46"/>
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
        <location filename="../../wulian_desk/ui/charity/stock_out.py" line="+29"/>
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
        <location filename="../../wulian_desk/ui/tasks.py" line="+78"/>
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
    <name>Texts</name>
    <message>
        <location filename="../../wulian_desk/core/texts.py" line="+135"/>
        <location filename="../../wulian_desk/ui/i18n.py" line="+92"/>
        <source>、</source>
        <translation>, </translation>
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
    <name>app</name>
    <message>
        <location filename="../../wulian_desk/app.py" line="+189"/>
        <source>未知的界面：{screen}。可选：{join}</source>
        <translation>Unknown screen: {screen}. Choose from: {join}</translation>
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
    <name>cli.__init__</name>
    <message>
        <location filename="../../wulian_desk/cli/__init__.py" line="+79"/>
        <source>找不到数据包文件：{bundle}</source>
        <translation>No such bundle file: {bundle}</translation>
    </message>
</context>
<context>
    <name>cli.activities</name>
    <message>
        <location filename="../../wulian_desk/cli/activities.py" line="+153"/>
        <source>请给出 --activity 活动，或 --volunteer 志愿者（二者选一）。</source>
        <translation>Give --activity or --volunteer, not both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>单条服务记录须给出 --hours 时长和 --on 日期。</source>
        <translation>--hours and --on are needed.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>找不到小组 {reference}。</source>
        <translation>No group {reference}.</translation>
    </message>
</context>
<context>
    <name>cli.cases</name>
    <message>
        <location filename="../../wulian_desk/cli/cases.py" line="+73"/>
        <source>读不到答案文件：{answers}</source>
        <translation>Cannot read {answers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答案文件不是有效的 JSON：{answers}</source>
        <translation>Not JSON: {answers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答案文件应为“字段: 答案”的 JSON 对象。</source>
        <translation>The answers file must be a JSON object.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--set 应写成 字段=值：{item}</source>
        <translation>--set needs KEY=VALUE: {item}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>「{entry}」是列表，请写成 JSON 数组，如 [{{&quot;goal&quot;: &quot;…&quot;}}]。</source>
        <translation>{key} takes a JSON array.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>个案 {case_number} 还没有填写这张表，无可审批。</source>
        <translation>No such form on the case.</translation>
    </message>
</context>
<context>
    <name>cli.clients</name>
    <message>
        <location filename="../../wulian_desk/cli/clients.py" line="+78"/>
        <source>同意的用途、敏感信息或监护人须与 --consent-on 同意日期一起给出。</source>
        <translation>--consent-scope, --sensitive and --guardian-name need --consent-on.</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <location filename="../../wulian_desk/cli/common.py" line="+32"/>
        <source>命令行参数有误：{message}（用 --help 查看用法）</source>
        <translation>Usage: {message}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>需要密码：请在终端中运行，或设置环境变量 {passphrase_env}。</source>
        <translation>A passphrase is needed: run in a terminal or set {passphrase_env}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>需要新密码：请在终端中运行，或设置环境变量 {env}。</source>
        <translation>A new password is needed: run in a terminal or set {env}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>cli.entry</name>
    <message>
        <location filename="../../wulian_desk/cli/entry.py" line="+23"/>
        <source>{label}的日期格式不对：{text}（应为 2026-01-01 这样的格式）。</source>
        <translation>Not a date: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}的时间格式不对：{text}（应为 09:30 这样的格式）。</source>
        <translation>Not a time: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}应为数字：{text}</source>
        <translation>Not a number: {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{label}不能是“{text}”，可选：{known}。</source>
        <translation>Unknown {label}: {text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>找不到站点或社区（村）：{reference}。</source>
        <translation>No unit {reference}.</translation>
    </message>
</context>
<context>
    <name>cli.parties</name>
    <message>
        <location filename="../../wulian_desk/cli/parties.py" line="+52"/>
        <source>生成模板需要 --out 文件名。</source>
        <translation>--out is required for a template.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>找不到文件：{target}</source>
        <translation>No such file: {target}</translation>
    </message>
</context>
<context>
    <name>cli.projects</name>
    <message>
        <location filename="../../wulian_desk/cli/projects.py" line="+92"/>
        <source>有 {count} 个项目名为“{wanted}”，请用记录编号。</source>
        <translation>Several projects have this name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到项目 {reference}。</source>
        <translation>No project {reference}.</translation>
    </message>
</context>
<context>
    <name>cli.station</name>
    <message>
        <location filename="../../wulian_desk/cli/station.py" line="+246"/>
        <source>--all 与界面名只能选一个。</source>
        <translation>Give either --all or a screen, not both.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未知的界面：{screen}。可选：{join}</source>
        <translation>Unknown screen: {screen}. Choose from: {join}</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <location filename="../../wulian_desk/cli/sync.py" line="+88"/>
        <source>请用 --fingerprint 给出电话中核对过的{whose}指纹。</source>
        <translation>Give --fingerprint.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>写出私钥备份须确认：请加 --yes。</source>
        <translation>Confirm with --yes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>没有登记过的同步对象：{peer}</source>
        <translation>No enrolled peer {peer}.</translation>
    </message>
</context>
<context>
    <name>cli.volunteering</name>
    <message>
        <location filename="../../wulian_desk/cli/volunteering.py" line="+40"/>
        <source>{name} 日期格式不对：{text}（应为 2026-01-01 这样的格式）。</source>
        <translation>Not a date: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用法：certificate 志愿者 --out 文件.pdf，或 certificate revoke 编号 --reason 原因。</source>
        <translation>Usage: certificate VOLUNTEER --out FILE, or certificate revoke NUMBER --reason TEXT.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>用法：certificate revoke 编号 --reason 原因。</source>
        <translation>Usage: certificate revoke NUMBER --reason TEXT.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>生成模板需要 --out 文件名。</source>
        <translation>--out is required for a template.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>找不到文件：{target}</source>
        <translation>No such file: {target}</translation>
    </message>
</context>
<context>
    <name>core.account_names</name>
    <message>
        <location filename="../../wulian_desk/core/account_names.py" line="+50"/>
        <source>{label}含有看不见或会改变文字方向的字符（{describe}），请去掉后重新输入。</source>
        <translation>The {label} holds an invisible or direction-changing character ({describe}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}不能超过 {max_len} 个字符。</source>
        <translation>The {label} is too long (max {max_len}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用户名不能为空、不能含空格，且不超过 40 个字符。</source>
        <translation>The user name must be 1-40 characters without spaces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>用户名混用了拉丁字母和西里尔或希腊字母，看起来会与别的账号一样，请只用一种字母。</source>
        <translation>The user name mixes Latin letters with Cyrillic or Greek ones, so it could look like another account&apos;s; use one alphabet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>姓名</source>
        <translation>display name</translation>
    </message>
</context>
<context>
    <name>core.activities</name>
    <message>
        <location filename="../../wulian_desk/core/activities.py" line="+17"/>
        <source>邻里守望</source>
        <translation>Neighbourly volunteer action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共建共治共享协商</source>
        <translation>Community consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文体活动</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>节庆活动</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文化演出</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>体育竞赛</source>
        <translation>Sports competition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员集会</source>
        <translation>Public gathering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>筹备中</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>小组名称</source>
        <translation>group name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组目标</source>
        <translation>group goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>招募对象</source>
        <translation>who is recruited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>计划节数须在 1 到 60 之间。</source>
        <translation>Planned sessions must be 1-60.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结束日期不能早于开始日期。</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>活动名称</source>
        <translation>activity name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择活动类型。</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未知的重大活动类别。</source>
        <translation>Unknown major event kind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结束时间须晚于开始时间。</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动地点</source>
        <translation>activity place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>合作单位最多 {max_partners} 个，每个不超过 80 字。</source>
        <translation>Too many partners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未登记参与人数须为 0 或正整数。</source>
        <translation>The head count must be 0 or more.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>组织单位</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>person in charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>活动内容</source>
        <translation>activity content</translation>
    </message>
</context>
<context>
    <name>core.cases</name>
    <message>
        <location filename="../../wulian_desk/core/cases.py" line="+20"/>
        <source>接案</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务/介入</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评估</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转介</source>
        <translation>Referred out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>低风险</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中风险</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>面谈</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转介跟进</source>
        <translation>Referral follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务日期</source>
        <translation>session date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导日期</source>
        <translation>supervision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段变更日期</source>
        <translation>date of the stage change</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>未知的阶段：{target}</source>
        <translation>Unknown stage: {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>个案已处于“{stages}”阶段。</source>
        <translation>The case is already at {stages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已结案的个案只能重新开案到“预估”或“服务/介入”阶段。</source>
        <translation>A closed case reopens to assessment or service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新开案请写明原因。</source>
        <translation>Give a reason for reopening.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已转介的个案只能结案（或在结案后重新开案）。</source>
        <translation>A referred case can only be closed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>暂停的个案恢复时回到暂停前的“{back}”阶段。</source>
        <translation>A paused case resumes where it paused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转介请写明转介到哪个机构。</source>
        <translation>Name the organisation the case is referred to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务对象的知情同意不包括“转介给其他机构”，不能转介。请先补签同意书。</source>
        <translation>The client&apos;s consent does not cover referral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转介前请先填写转介表。</source>
        <translation>Fill in the referral form first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有结案评估表，不能结案。</source>
        <translation>No closure form: the case cannot be closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结案评估表还没有督导审批同意，不能结案。</source>
        <translation>The closure needs a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>个案需在“服务/介入”或“评估”阶段后才能结案。</source>
        <translation>Close from service or evaluation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>不能从“{stages}”跳到“{stages2}”，请按阶段推进。</source>
        <translation>Stages cannot be skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>进入下一阶段前请先完成“{stages}”阶段的表格。</source>
        <translation>Complete the {stages} form first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务计划还没有督导审批同意，不能开始服务。</source>
        <translation>The service plan needs a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能从“{stages}”转到“{stages2}”。</source>
        <translation>This move is not allowed.</translation>
    </message>
</context>
<context>
    <name>core.charity</name>
    <message>
        <location filename="../../wulian_desk/core/charity.py" line="+20"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基金会</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>慈善组织</source>
        <translation>Charity organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>社区基金</source>
        <translation>Community fund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>慈善超市</source>
        <translation>Charity supermarket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社区活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>金额和数量须为非负整数（金额以分计）。</source>
        <translation>Amounts are whole fen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>金额超过一亿元，请检查是否多输了零。</source>
        <translation>Amount too large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>物资请填写品名、数量和单位（不同时填金额）。</source>
        <translation>Goods need item, quantity and unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请填写金额（现金）或物资品名与数量。</source>
        <translation>Give an amount or goods.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{fund_name}的“{item}”库存只有 {on_hand}{unit}，不能分配 {quantity}{unit}。</source>
        <translation>{fund_name} holds only {on_hand} {unit} of {item}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fund_name}余额只有 {format_yuan} 元，不能分配 {format_yuan2} 元。</source>
        <translation>{fund_name} has a balance of {format_yuan} yuan only.</translation>
    </message>
</context>
<context>
    <name>core.clients</name>
    <message>
        <location filename="../../wulian_desk/core/clients.py" line="+18"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖父母/外祖父母</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孙子女/外孙子女</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他亲属或同住人</source>
        <translation>Other relative or housemate</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+16"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请选择性别。</source>
        <translation>Choose a gender.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择性别（填写身份证号码时由号码得出）。</source>
        <translation>Choose a gender (an ID number gives it).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>电话号码格式不对（手机 11 位，座机如 0917-5512345）。</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未知的服务对象类别：{join}</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请选择所在社区（村）。</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+16"/>
        <source>住址</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>健康与特殊情况</source>
        <translation>health and special circumstances</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>身份证号码中的出生日期</source>
        <translation>birth date in the ID number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>出生日期填的是 {birth:%Y-%m-%d}，身份证号码中的出生日期是 {id_birth:%Y-%m-%d}（第 7–14 位），两者不一致。</source>
        <translation>The birth date {birth:%Y-%m-%d} does not match the ID number&apos;s {id_birth:%Y-%m-%d} (digits 7-14).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>性别选的是{chosen}，身份证号码第 17 位（{digit}）表示{given}，两者不一致。</source>
        <translation>The gender is {chosen}, but digit 17 of the ID number ({digit}) says {given}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>家庭成员的格式不对。</source>
        <translation>Household members must be a list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>家庭成员最多登记 {max_household} 人。</source>
        <translation>At most {max_household} household members.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 {number} 位家庭成员</source>
        <translation>Household member {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写{where}的姓名。</source>
        <translation>{where}: the name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}的姓名不能超过 40 个字。</source>
        <translation>{where}: the name is too long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择{where}（{name}）与服务对象的关系。</source>
        <translation>{where} ({name}): choose the relation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}的出生年份应为四位数字，如 1948。</source>
        <translation>{where}: the birth year must be four digits, e.g. 1948.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}的出生年份应在 1900 到 {year} 之间。</source>
        <translation>{where}: the birth year must be 1900-{year}.</translation>
    </message>
</context>
<context>
    <name>core.consent</name>
    <message>
        <location filename="../../wulian_desk/core/consent.py" line="+21"/>
        <source>健康信息</source>
        <translation>health information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经济困难信息</source>
        <translation>financial hardship information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉法信息</source>
        <translation>legal and justice information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>提供社会工作服务</source>
        <translation>providing social work services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转介给其他机构</source>
        <translation>referral to other organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去标识化后统计上报</source>
        <translation>de-identified statistics reported upward</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>低保对象</source>
        <translation>Minimum-living-allowance recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特困人员</source>
        <translation>Person in extreme hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>困难家庭</source>
        <translation>Family in hardship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空巢老人</source>
        <translation>Empty-nest elderly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村留守老人</source>
        <translation>Left-behind rural elderly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村留守妇女</source>
        <translation>Left-behind rural woman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村留守儿童</source>
        <translation>Left-behind rural child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>困境儿童</source>
        <translation>Child in distress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾人</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>严重精神障碍患者</source>
        <translation>Person with severe mental illness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失业人员</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进城务工人员随迁子女</source>
        <translation>Child of migrant workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服刑或强制戒毒人员未成年子女</source>
        <translation>Minor child of a detained parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有不良行为青少年</source>
        <translation>Youth with problem behaviour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区矫正人员</source>
        <translation>Person under community correction</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>对{choice}的单独同意</source>
        <translation>separate consent to {choice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未满十四周岁，需父母或其他监护人同意</source>
        <translation>consent of a parent or guardian (under 14)</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <location filename="../../wulian_desk/core/dates.py" line="+54"/>
        <source>出生日期</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意日期</source>
        <translation>consent date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回日期</source>
        <translation>withdrawal date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意登记个人信息的日期</source>
        <translation>consent date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开案日期</source>
        <translation>opening date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次复查日期</source>
        <translation>next review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转入阶段的日期</source>
        <translation>date of the move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填表日期</source>
        <translation>date filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办日期</source>
        <translation>date held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务日期</source>
        <translation>service date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入日期</source>
        <translation>joining date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成立日期</source>
        <translation>founding date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案日期</source>
        <translation>filing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表彰日期</source>
        <translation>award date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价日期</source>
        <translation>evaluation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收日期</source>
        <translation>date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分配日期</source>
        <translation>allocation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支出日期</source>
        <translation>spending date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+109"/>
        <source>开始日期</source>
        <translation>start date</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+2"/>
        <source>结束日期</source>
        <translation>end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始时间</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束时间</source>
        <translation>end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报备日期</source>
        <translation>date reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>购置日期</source>
        <translation>purchase date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入职日期</source>
        <translation>hiring date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>日期格式不对。</source>
        <translation>Not a date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {isoformat} 晚于今天（{isoformat2}）。</source>
        <translation>The {label} {isoformat} is after today ({isoformat2}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {isoformat} 晚于 {isoformat2}（今天起 {years_ahead} 年），请核对。</source>
        <translation>The {label} {isoformat} is more than {years_ahead} years ahead (after {isoformat2}); please check it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}早于 {isoformat}，请核对（填的是 {isoformat2}）。</source>
        <translation>The {label} is before {isoformat} (got {isoformat2}); please check it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{label}不是有效日期（应为 2026-03-08 这样的格式）：{value}</source>
        <translation>The {label} is not a date: {value}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{label}（{isoformat}）不能早于{first_label}（{isoformat2}）。</source>
        <translation>The {label} ({isoformat}) is before {isoformat2}.</translation>
    </message>
</context>
<context>
    <name>core.facilities</name>
    <message>
        <location filename="../../wulian_desk/core/facilities.py" line="+22"/>
        <source>房间名称</source>
        <translation>room name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择房间类型。</source>
        <translation>Choose a room type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>面积必须是数字（平方米）。</source>
        <translation>Area must be a number of m².</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>面积必须大于 0 平方米（输入的是 {area_m2}）。</source>
        <translation>Area must be more than 0 m² (got {area_m2}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>面积不能超过 {max_room_area_m2:.0f} 平方米，请检查是否多输了零。</source>
        <translation>Area cannot exceed {max_room_area_m2:.0f} m².</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备注</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>资产编号</source>
        <translation>asset tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation>asset name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择资产类别。</source>
        <translation>Choose an asset category.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择资产状态。</source>
        <translation>Choose an asset status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>购置金额必须在 0 到 1 亿元之间。</source>
        <translation>Value must be between 0 and 100 million yuan.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>用房面积不少于 {area:g} 平方米</source>
        <translation>At least {area:g} m² of rooms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>现有 {area:g} 平方米</source>
        <translation>{area:g} m² recorded</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>配置{item}</source>
        <translation>Has: {item}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{count} 间</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已配置</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>core.forms.answer_set</name>
    <message>
        <location filename="../../wulian_desk/core/forms/answer_set.py" line="+50"/>
        <source>这份答卷的数据已损坏，无法读取。</source>
        <translation>This answer set is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这份答卷由更新版本的软件保存，请升级后再打开。</source>
        <translation>This answer set was saved by a newer version of the app; please upgrade.</translation>
    </message>
</context>
<context>
    <name>core.forms.answers</name>
    <message>
        <location filename="../../wulian_desk/core/forms/answers.py" line="+38"/>
        <source>答案应为“字段: 答案”的对应表。</source>
        <translation>Answers must be a mapping of field keys to values.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请选择{where}。</source>
        <translation>{where} is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写{where}。</source>
        <translation>{where} is required.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>应为多项列表。</source>
        <translation>should be a list of items.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 {value} 项格式不对。</source>
        <translation>item {value} is not a mapping.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>至少需要 {min_items} 项，现在有 {count} 项。</source>
        <translation>needs at least {min_items} items.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最多 {max_items} 项，现在有 {count} 项。</source>
        <translation>allows at most {max_items} items.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>「{group}」第 {number} 项的「{field}」</source>
        <translation>{group} item {number}, {field}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>表单「{title}」（第 {version} 版）中没有“{key}”这一项。</source>
        <translation>Form {title} version {version} has no field {key!r}.</translation>
    </message>
</context>
<context>
    <name>core.forms.checks</name>
    <message>
        <location filename="../../wulian_desk/core/forms/checks.py" line="+15"/>
        <source>{what}的条件应写成 {{ field = &quot;…&quot;, equals = … }}。</source>
        <translation>a condition must be an inline table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的条件要有且只有一个 equals、not_equals、in 或 answered。</source>
        <translation>a condition needs exactly one operator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的条件缺少 field。</source>
        <translation>a condition names no field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的条件 in 应为非空列表。</source>
        <translation>`in` needs a non-empty list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的条件 answered 应为 true 或 false。</source>
        <translation>`answered` needs true or false.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{what}的 {word} 引用了不存在的字段“{field}”。</source>
        <translation>{word} names an unknown field {field!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的条件不能引用计算字段“{field}”。</source>
        <translation>a condition cannot look at a computed field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的条件对重复组“{field}”只能用 answered。</source>
        <translation>a repeat group can only be tested with `answered`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的条件里，字段“{field}”没有选项“{value}”。</source>
        <translation>field {field!r} has no choice {value!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的条件里，是否题“{field}”只能与 true 或 false 比较。</source>
        <translation>a yes/no field compares with true or false.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>visible_if 形成循环：{loop}，这些字段永远不会显示。</source>
        <translation>visible_if conditions form a loop: {loop}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>字段 {key} 引用的量表“{scale}”没有定义（[[scales]]）。</source>
        <translation>unknown scale {scale!r}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字段 {key} 的 subtotal 需要量表“{key2}”里存在的维度 domain。</source>
        <translation>subtotal needs a domain of the scale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字段 {key} 要显示分级，但量表“{key2}”没有 bands。</source>
        <translation>the scale has no bands to show.</translation>
    </message>
</context>
<context>
    <name>core.forms.english</name>
    <message>
        <location filename="../../wulian_desk/core/forms/english.py" line="+64"/>
        <source>{what}缺少英文 {name}（中文为“{chinese}”）。</source>
        <translation>{name} is missing (the Chinese is “{chinese}”).</translation>
    </message>
</context>
<context>
    <name>core.forms.errors</name>
    <message>
        <location filename="../../wulian_desk/core/forms/errors.py" line="+14"/>
        <source>表单文件 {filename} 第 {line} 行：{reason}</source>
        <translation>Form file {filename}, line {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>core.forms.loading</name>
    <message>
        <location filename="../../wulian_desk/core/forms/loading.py" line="+21"/>
        <source>无法读取（应为 UTF-8 编码的文本文件）：{exc}</source>
        <translation>cannot be read: {exc}</translation>
    </message>
</context>
<context>
    <name>core.forms.locate</name>
    <message>
        <location filename="../../wulian_desk/core/forms/locate.py" line="+101"/>
        <source>{what}有不认识的属性“{name}”（可用：{join}）。</source>
        <translation>unknown attribute {name!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}缺少 {name}。</source>
        <translation>{name} is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的 {name} 应为非空文字。</source>
        <translation>{name} must be non-empty text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}的 {name} 应为 true 或 false。</source>
        <translation>{name} must be true or false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}的 {name} 应为不小于 0 的整数。</source>
        <translation>{name} must be a whole number ≥ 0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}的 {name}“{value}”应为英文小写字母、数字和下划线，并以字母开头。</source>
        <translation>{name} {value!r} must be snake_case.</translation>
    </message>
</context>
<context>
    <name>core.forms.mapping</name>
    <message>
        <location filename="../../wulian_desk/core/forms/mapping.py" line="+44"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知情同意</source>
        <translation>consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意转介</source>
        <translation>consent to referral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>监护人姓名（知情同意）</source>
        <translation>guardian&apos;s name (consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监护人与服务对象关系（知情同意）</source>
        <translation>guardian&apos;s relation (consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未满 18 周岁（由出生日期得出）</source>
        <translation>under 18 (from the birth date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案风险等级</source>
        <translation>the case&apos;s risk level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>个案负责社工</source>
        <translation>the case&apos;s worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开案日期</source>
        <translation>the case&apos;s opening date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前登录的工作人员</source>
        <translation>the signed-in staff member</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}的 fills“{name}”不认识（可用：{join}）。</source>
        <translation>fills {name!r} is not a known target (known: {join2}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}是 {kind} 类型，不能对应 {name}（{target}应放在 {join} 类型的字段）。</source>
        <translation>a {kind} field cannot hold {name} (it needs a {join2} field).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}对应 {name}，须同时声明 mask = &quot;{mask}&quot;，打印时才会遮盖。</source>
        <translation>a field holding {name} must also declare mask = {mask!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}对应 {name}，选项须包括 {join}。</source>
        <translation>a field holding {name} must offer the options {join2}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>重复组 {key} 里的字段 {key2} 不能对应 {fills}：每一项都不是服务对象本人。</source>
        <translation>field {key2!r} in repeat group {key!r} cannot fill {fills}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>字段 {key} 和 {seen} 都对应 {fills}，只能有一个。</source>
        <translation>fields {seen!r} and {key!r} both fill {fills}.</translation>
    </message>
</context>
<context>
    <name>core.forms.options</name>
    <message>
        <location filename="../../wulian_desk/core/forms/options.py" line="+22"/>
        <source>option_sets 应为一张表，如 [option_sets]。</source>
        <translation>option_sets must be a table.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{what}的 options 和 option_set 只能写一个。</source>
        <translation>give options or option_set, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}缺少选项 options（或 option_set）。</source>
        <translation>a choice field needs options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}引用的选项组“{named}”没有定义。</source>
        <translation>option set {named!r} is not defined.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}是量表题，选项组“{named}”的每个选项都要有 score。</source>
        <translation>scale items need a score on every option.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}的选项应为非空列表。</source>
        <translation>options must be a non-empty list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的每个选项应写成 {{ code = &quot;…&quot;, zh = &quot;…&quot; }}。</source>
        <translation>each option must be a table.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}有选项缺少 code。</source>
        <translation>an option has no code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的选项 code“{code}”只能用英文字母、数字和下划线。</source>
        <translation>bad option code {code!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的选项 code“{code}”重复。</source>
        <translation>duplicate option code {code!r}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的选项 {code} 的 score 应为整数。</source>
        <translation>scores must be whole numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}是量表题，选项 {code} 缺少 score。</source>
        <translation>option {code!r} of a scale item has no score.</translation>
    </message>
</context>
<context>
    <name>core.forms.parser</name>
    <message>
        <location filename="../../wulian_desk/core/forms/parser.py" line="+81"/>
        <source>TOML 格式错误（{column}）：{reason}</source>
        <translation>not valid TOML: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>缺少表单编号 id（例如 id = &quot;intake&quot;）。</source>
        <translation>the form has no id.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>缺少版本号 version（例如 version = 1）。</source>
        <translation>the form has no version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版本号 version 应为不小于 1 的整数。</source>
        <translation>version must be a whole number ≥ 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表单至少需要一个分节 [[sections]]。</source>
        <translation>the form needs at least one [[sections]].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[[sections]] 的每一项应为表。</source>
        <translation>each section must be a table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>字段 key “{key}”重复（第 {keys} 行已经用过）。</source>
        <translation>duplicate key {key!r}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}至少需要一个字段 fields。</source>
        <translation>a section or group needs at least one field.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>字段缺少 key，或 key“{key}”不是英文小写加下划线的写法。</source>
        <translation>a field has no usable key ({key!r}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}的类型“{kind}”不认识（可用：{join}）。</source>
        <translation>field {key!r} has an unknown type {kind!r}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}不能放在另一个重复组 {group} 里面。</source>
        <translation>repeat groups cannot be nested.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的 max_items 小于 min_items。</source>
        <translation>max_items is below min_items.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}里不能放 {type} 类型的字段。</source>
        <translation>a repeat group cannot hold {type} fields.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}里的字段 key “{key}”重复。</source>
        <translation>duplicate key {key!r} in the group.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}的 pattern 不是有效的正则表达式：{exc}</source>
        <translation>bad pattern: {exc}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what}缺少所属量表 scale。</source>
        <translation>field {key!r} names no scale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的 compute 应为 {join} 之一。</source>
        <translation>compute must be total, subtotal, band or preliminary_band.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}的 mask 应为 {join} 之一。</source>
        <translation>mask must be one of {join2}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}的 {name} 应为{hint}。</source>
        <translation>{name} has the wrong kind of value.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的 max 小于 min。</source>
        <translation>max is below min.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>字段 {key} 的默认值不可用：{message}</source>
        <translation>bad default: {english}</translation>
    </message>
</context>
<context>
    <name>core.forms.registry</name>
    <message>
        <location filename="../../wulian_desk/core/forms/registry.py" line="+31"/>
        <source>表单 {id} 第 {version} 版已在 {source} 中定义；新版本请把 version 加 1。</source>
        <translation>form {id!r} version {version} is already defined in {source}.</translation>
    </message>
</context>
<context>
    <name>core.forms.scales</name>
    <message>
        <location filename="../../wulian_desk/core/forms/scales.py" line="+22"/>
        <source>scales 应写成 [[scales]] 表数组。</source>
        <translation>scales must be an array of tables.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}的 key 与其他字段或量表重名。</source>
        <translation>scale key {key!r} is already used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}没有题目（type = &quot;scale_item&quot;，scale = &quot;{key}&quot;）。</source>
        <translation>the scale has no items.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{what}的 domains 应为列表。</source>
        <translation>domains must be a list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的每个维度应写成 {{ code = &quot;…&quot;, zh = &quot;…&quot; }}。</source>
        <translation>each domain must be a table.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}的维度 code“{code}”重复。</source>
        <translation>duplicate domain {code!r}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>字段 {key} 的维度 domain“{domain}”不在量表 {key2} 的维度中（{join}）。</source>
        <translation>item {key!r} has no valid domain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字段 {key} 写了维度 domain，但量表 {key2} 没有定义 domains。</source>
        <translation>the scale defines no domains.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}的 bands 应为列表。</source>
        <translation>bands must be a list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的每个分级应写成 {{ min = …, max = …, code = &quot;…&quot;, label_zh = &quot;…&quot; }}。</source>
        <translation>each band must be a table.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}的分级 {code} 需要整数 min 和 max，且 min 不大于 max。</source>
        <translation>band {code!r} needs whole-number min ≤ max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的分级 code“{code}”重复。</source>
        <translation>duplicate band {code!r}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what}的分级有缺口：总分 {low}–{value} 没有对应的分级（总分范围 {low}–{high}）。</source>
        <translation>no band covers totals {low}–{value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的分级 {code}（{min}–{max}）与 {code2}（{min2}–{max2}）重叠。</source>
        <translation>bands {code!r} and {code2!r} overlap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的分级有缺口：{code} 与 {code2} 之间的总分 {value}–{value2} 没有对应的分级。</source>
        <translation>no band covers totals {value}–{value2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的分级有缺口：总分 {value}–{high} 没有对应的分级（总分范围 {low}–{high}）。</source>
        <translation>no band covers totals {value}–{high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}有等级调整规则，需写明 adjust_toward = &quot;low&quot;（总分越低越严重）或 &quot;high&quot;。</source>
        <translation>a scale with adjustments needs adjust_toward.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的 adjust_toward 应为 &quot;low&quot; 或 &quot;high&quot;。</source>
        <translation>adjust_toward must be low or high.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}的 adjustments 应为列表。</source>
        <translation>adjustments must be a list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}的每条等级调整规则都要有 when 条件。</source>
        <translation>each adjustment needs `when`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}的等级调整要有且只有 set_band 或 raise 之一。</source>
        <translation>give set_band or raise, not both.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的等级调整引用了不存在的分级“{set_band}”。</source>
        <translation>unknown band {set_band!r}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的等级调整 raise 应为正整数。</source>
        <translation>raise must be a positive whole number.</translation>
    </message>
</context>
<context>
    <name>core.forms.values</name>
    <message>
        <location filename="../../wulian_desk/core/forms/values.py" line="+33"/>
        <source>{where}{reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>「{label}」</source>
        <translation>{label}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>应填写文字。</source>
        <translation>should be text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至少需要 {fmt_number} 个字。</source>
        <translation>needs at least {fmt_number} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最多 {fmt_number} 个字，现在是 {count} 个字。</source>
        <translation>allows at most {fmt_number} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>格式不对，请核对。</source>
        <translation>does not have the expected format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>：{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>应填写数字。</source>
        <translation>should be a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应为整数。</source>
        <translation>should be a whole number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不能小于 {fmt_number}{unit}。</source>
        <translation>must be at least {fmt_number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能大于 {fmt_number}{unit}。</source>
        <translation>must be at most {fmt_number}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>应为日期，格式如 2024-03-05。</source>
        <translation>should be a date such as 2024-03-05.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>早于{date_words}（填的是 {isoformat}）。</source>
        <translation>is before {date_words} (got {isoformat}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{isoformat} 晚于{date_words}。</source>
        <translation>{isoformat} is after {date_words}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>早于 {isoformat}，请核对（填的是 {isoformat2}）。</source>
        <translation>is before {isoformat} (got {isoformat2}); please check it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{isoformat} 晚于 {isoformat2}（今天起 {planned_years} 年），请核对。</source>
        <translation>{isoformat} is after {isoformat2} ({planned_years} years ahead); please check it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>今天（{day}）</source>
        <translation>today ({day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>的选项“{raw}”不在可选范围内。</source>
        <translation>has no choice {raw!r}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>应为一组选项。</source>
        <translation>should be a list of choices.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>的选项“{unknown}”不在可选范围内。</source>
        <translation>has no choice {unknown!r}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>至少选择 {fmt_number} 项。</source>
        <translation>needs at least {fmt_number} choices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最多选择 {fmt_number} 项。</source>
        <translation>allows at most {fmt_number} choices.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>应选择“是”或“否”。</source>
        <translation>should be yes or no.</translation>
    </message>
</context>
<context>
    <name>core.identity</name>
    <message>
        <location filename="../../wulian_desk/core/identity.py" line="+30"/>
        <source>身份证号码应为 18 位（或旧的 15 位），现在是 {count} 位。</source>
        <translation>An ID number has 18 characters (or 15 for an old one); this has {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>身份证号码应为 18 位：前 17 位是数字，最后一位是数字或 X。</source>
        <translation>An ID number has 18 characters: 17 digits, then a digit or X.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>身份证号码校验位不对（最后一位应为 {check_digit}），请核对是否抄错。</source>
        <translation>The ID number&apos;s check digit is wrong; please check for a typing error.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>身份证号码第 7–14 位的出生日期 {text} 不是真实的日期。</source>
        <translation>The birth date in the ID number ({text}) is not a real date.</translation>
    </message>
</context>
<context>
    <name>core.io_errors</name>
    <message>
        <location filename="../../wulian_desk/core/io_errors.py" line="+30"/>
        <source>磁盘已满，未能写入{place}。请腾出空间或换一个位置后重试，已有数据未受影响。</source>
        <translation>The disk is full; nothing was written{value}. Free some space or choose another place and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法写入 {place}：{reason}。请检查磁盘或 U 盘是否可写、是否已拔出，已有数据未受影响。</source>
        <translation>Cannot write to {value}: {reason}. Check that the disk or stick is writable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法读写 {value}：{reason}（没有权限）。请换一个位置，或请管理员开放权限。</source>
        <translation>No permission to use {value2}: {reason}.</translation>
    </message>
</context>
<context>
    <name>core.money</name>
    <message>
        <location filename="../../wulian_desk/core/money.py" line="+21"/>
        <source>金额格式不对：{text}（例如 3500 或 3500.50）。</source>
        <translation>Not an amount: {text} (e.g. 3500 or 3500.50).</translation>
    </message>
</context>
<context>
    <name>core.month_lock</name>
    <message>
        <location filename="../../wulian_desk/core/month_lock.py" line="+79"/>
        <source>{year}年{mon}月的数据已由上级审核通过并锁定，不能新增、修改或删除这个月的记录。如需更正，请联系上级总站对这条记录发出更正请求，收到后即可修改这一条。</source>
        <translation>{month} is approved by the county and locked: records dated in it cannot be added, changed or deleted. To correct one, ask the county to send a correction request for that record.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{month}还没有结束，月份结束后才能报送。</source>
        <translation>{code} has not ended yet: a month can be submitted only after it ends.</translation>
    </message>
</context>
<context>
    <name>core.organisations</name>
    <message>
        <location filename="../../wulian_desk/core/organisations.py" line="+16"/>
        <source>生活服务类</source>
        <translation>Life services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公益慈善类</source>
        <translation>Public benefit and charity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民互助类</source>
        <translation>Mutual aid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区治理类</source>
        <translation>Community governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文体类</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案</source>
        <translation>Filed at the township</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请选择组织所在的社区。</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择组织类型。</source>
        <translation>Choose a type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择登记或备案。</source>
        <translation>Choose registered or filed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已登记的组织请填写登记证号。</source>
        <translation>Give the registration number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备案的组织请填写备案日期。</source>
        <translation>Give the filing date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>成员人数须为 0 或正整数。</source>
        <translation>Members must be a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>组织名称</source>
        <translation>organisation name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>负责人</source>
        <translation>person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>简易章程</source>
        <translation>short charter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>品牌项目</source>
        <translation>brand project</translation>
    </message>
</context>
<context>
    <name>core.people</name>
    <message>
        <location filename="../../wulian_desk/core/people.py" line="+29"/>
        <source>志愿者统一编号只能由字母和数字组成，最多 {national_number_max} 位。</source>
        <translation>The national volunteer number is letters and digits, at most {national_number_max}.</translation>
    </message>
</context>
<context>
    <name>core.permissions</name>
    <message>
        <location filename="../../wulian_desk/core/permissions.py" line="+19"/>
        <source>查看</source>
        <translation>view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建</source>
        <translation>create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批</source>
        <translation>approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印</source>
        <translation>print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彻底清除</source>
        <translation>purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看完整证件号和电话</source>
        <translation>see full ID and phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理登记</source>
        <translation>enrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份密钥</source>
        <translation>back up the keys of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理</source>
        <translation>resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提出</source>
        <translation>make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>restore from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>submit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新开放</source>
        <translation>reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吊销证明</source>
        <translation>revoke certificates of</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>站点信息与设置</source>
        <translation>station and settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>功能室与设备</source>
        <translation>rooms and equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>员工账号</source>
        <translation>staff accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志</source>
        <translation>the audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案</source>
        <translation>cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知情同意</source>
        <translation>consent records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组</source>
        <translation>groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动</source>
        <translation>activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社会组织</source>
        <translation>community organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>慈善资源</source>
        <translation>charity resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员与培训</source>
        <translation>staff and training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标与工作台</source>
        <translation>targets and the dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月度汇总与报告</source>
        <translation>monthly roll-ups and reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步数据包</source>
        <translation>sync bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步冲突</source>
        <translation>sync conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正请求</source>
        <translation>correction requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>backups</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{role}无权{verb}{what}（只有{who}可以）。</source>
        <translation>Your role may not {verb} {what} (only: {who}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登录</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任何角色</source>
        <translation>no role</translation>
    </message>
</context>
<context>
    <name>core.policy</name>
    <message>
        <location filename="../../wulian_desk/core/policy.py" line="+53"/>
        <source>政策配置文件 {where} 格式错误：{exc}</source>
        <translation>Policy file {where} is malformed: {exc}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>政策配置文件 {where} 内容有误：{exc}</source>
        <translation>Policy file {where} is invalid: {exc}</translation>
    </message>
</context>
<context>
    <name>core.projects</name>
    <message>
        <location filename="../../wulian_desk/core/projects.py" line="+19"/>
        <source>需求评估</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发布项目</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签订协议</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开展服务</source>
        <translation>In service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中期督导</source>
        <translation>Mid-term supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评估验收</source>
        <translation>Evaluated and accepted</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>未知的项目阶段：{target}</source>
        <translation>Unknown stage: {target}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>项目已处于“{stages}”阶段，不能退回到“{stages2}”。</source>
        <translation>A project moves forward only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能从“{stages}”跳到“{stages2}”，下一阶段是“{stages3}”。</source>
        <translation>Stages cannot be skipped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请先写明社区征集到的服务需求，再发布项目。</source>
        <translation>Record the needs first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>签订协议请选择承接的社会工作服务机构。</source>
        <translation>Choose the agency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签订协议请填写协议金额和服务期限。</source>
        <translation>Give the amount and period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签订协议请至少填写一项绩效指标。</source>
        <translation>Add at least one indicator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评估验收请填写评估报告和评分。</source>
        <translation>Give the evaluation report and score.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>项目名称、服务需求和预算</source>
        <translation>The name, needs and budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议条款（承接机构、协议金额、服务期限、绩效指标）</source>
        <translation>The agreement (agency, amount, period, indicators)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目支出</source>
        <translation>Spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效指标的实测值</source>
        <translation>Measured indicator values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评估报告、评分和验收结论</source>
        <translation>The evaluation report, score and acceptance</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what}只能在“{allowed}”阶段填写或修改，项目现处于“{stages}”阶段。</source>
        <translation>{what} can be written only at: {allowed}; the project is at {stages}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>”“</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务期限的开始日期</source>
        <translation>start of the service period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务期限的结束日期</source>
        <translation>end of the service period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务期限的结束日期早于开始日期。</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已支出 {format_yuan} 元，再支出 {format_yuan2} 元将超过协议金额 {format_yuan3} 元。</source>
        <translation>Spending would exceed the agreed {format_yuan3} yuan.</translation>
    </message>
</context>
<context>
    <name>core.rollup</name>
    <message>
        <location filename="../../wulian_desk/core/rollup.py" line="+54"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>月份格式不对：{text}。请写成“年-月”，例如 2026-03。</source>
        <translation>Not a month: {text}. Write YYYY-MM, e.g. 2026-03.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month}还没有开始，不能生成月度报告。</source>
        <translation>{code} has not begun yet.</translation>
    </message>
</context>
<context>
    <name>core.roster</name>
    <message>
        <location filename="../../wulian_desk/core/roster.py" line="+88"/>
        <source>{label}不是有效日期（应为 2026-03-08 这样的格式）：{value}</source>
        <translation>The {label} is not a date such as 2026-03-08: {value}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>身份证号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写。</source>
        <translation>The ID number was stored as a number and lost digits.</translation>
    </message>
</context>
<context>
    <name>core.service_hours</name>
    <message>
        <location filename="../../wulian_desk/core/service_hours.py" line="+29"/>
        <source>服务内容</source>
        <translation>service content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>服务地点</source>
        <translation>service place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>组织单位</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>负责人</source>
        <translation>person in charge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>更正原因</source>
        <translation>reason for the correction</translation>
    </message>
</context>
<context>
    <name>core.sharing</name>
    <message>
        <location filename="../../wulian_desk/core/sharing.py" line="+118"/>
        <source>共享策略格式不对。</source>
        <translation>The sharing policy is malformed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>共享策略中的“{item}”不是默认不上报的字段；可放开的字段有：{join}。</source>
        <translation>“{item}” in the sharing policy is not a withheld column.</translation>
    </message>
</context>
<context>
    <name>core.targets</name>
    <message>
        <location filename="../../wulian_desk/core/targets.py" line="+76"/>
        <source>{met}/{total} 个站点达标</source>
        <translation>{met}/{total} stations meet it</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+92"/>
        <source>{count} 个</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>每个城镇社区平均社区社会组织数（{year}年目标）</source>
        <translation>Community social organisations per urban community ({year} target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个农村社区平均社区社会组织数（{year}年目标）</source>
        <translation>Community social organisations per rural community ({year} target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{average} 个（{organisations} / {communities}）</source>
        <translation>{average} ({organisations} / {communities})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个组织</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个社区</source>
        <translation>
            <numerusform>%n community</numerusform>
            <numerusform>%n communities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>≥{minimum} 个</source>
        <translation>≥{minimum}</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>服务性、公益性、互助性组织占比</source>
        <translation>Share of service, public-welfare and mutual-aid organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share:.1%}（{count}/{total}）</source>
        <translation>{share:.1%} ({count}/{total})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≥{minimum} {unit}</source>
        <translation>≥{minimum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} {unit}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>未识别所在区县，按最低 {lowest:.0%}</source>
        <translation>district not recognised, lowest {lowest:.0%} used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>城市社区社区社会组织联合会覆盖率（{where}）</source>
        <translation>Urban communities covered by a federation of community social organisations ({where})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>每个站点均达标</source>
        <translation>every station meets it</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>≥%n 人</source>
        <translation>
            <numerusform>≥%n person</numerusform>
            <numerusform>≥%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>驻站工作人员</source>
        <translation>Staff at the station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其中专业社工（持证）</source>
        <translation>Of whom certified social workers</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>进驻的社会工作服务机构</source>
        <translation>Social work agencies based at the station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每个镇街站均达标</source>
        <translation>every station meets it</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>≥{hours} 课时</source>
        <translation>≥{hours} hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} 课时</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year}年社会工作服务机构培训课时</source>
        <translation>Training hours of social work agencies in {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个机构均达标</source>
        <translation>every agency meets it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{met}/{total} 个机构达标</source>
        <translation>{met}/{total} agencies meet it</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≥{amount} 元</source>
        <translation>≥{amount} yuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}年运行经费</source>
        <translation>Operating funds received in {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>品牌社区社会组织</source>
        <translation>Brand community social organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>社区社会组织品牌项目</source>
        <translation>Brand projects of community social organisations</translation>
    </message>
</context>
<context>
    <name>core.tasks</name>
    <message>
        <location filename="../../wulian_desk/core/tasks.py" line="+83"/>
        <source>已写入 {done} / {total} 条</source>
        <translation>{done} of {total} rows written</translation>
    </message>
</context>
<context>
    <name>core.text</name>
    <message>
        <location filename="../../wulian_desk/core/validation.py" line="+15"/>
        <source>请填写{label}。</source>
        <translation>Enter the {label}.</translation>
    </message>
    <message>
        <location filename="../../wulian_desk/core/text.py" line="+17"/>
        <source>{label}不能超过 {max_len} 个字。</source>
        <translation>The {label} is too long (at most {max_len} characters).</translation>
    </message>
</context>
<context>
    <name>core.vocab</name>
    <message>
        <location filename="../../wulian_desk/core/vocab.py" line="+31"/>
        <source>县级社会工作服务总站</source>
        <translation>County general station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇(街)社会工作服务站</source>
        <translation>Township/street station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区(村)社工室</source>
        <translation>Community/village room</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>城镇社区</source>
        <translation>Urban community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村社区</source>
        <translation>Rural community</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案室/心理咨询室</source>
        <translation>Counselling room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组活动室</source>
        <translation>Group activity room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共享会议室</source>
        <translation>Shared meeting room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>档案室</source>
        <translation>Archive room</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>桌椅</source>
        <translation>Desks and chairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>档案柜</source>
        <translation>File cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投影仪</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>闲置</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维修中</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站长</source>
        <translation>Station head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总站管理员</source>
        <translation>County administrator</translation>
    </message>
</context>
<context>
    <name>core.volunteers</name>
    <message>
        <location filename="../../wulian_desk/core/volunteers.py" line="+22"/>
        <source>社区服务</source>
        <translation>Community service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助老助残</source>
        <translation>Elderly and disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关爱儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扶贫济困</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>环境保护</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文化体育</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律服务</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗卫生</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平安建设</source>
        <translation>Public safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应急救援</source>
        <translation>Emergency relief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他证件</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Satisfactory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不合格</source>
        <translation>Unsatisfactory</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>请选择证件类型。</source>
        <translation>Choose the kind of ID document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写志愿者同意登记个人信息的日期。</source>
        <translation>Give the date the volunteer consented.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写身份证件号码。</source>
        <translation>The ID number is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未知的服务类别：{join}</source>
        <translation>Unknown service category.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>居住区域</source>
        <translation>area of residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业技能</source>
        <translation>skills</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>服务时长应为数字（小时）：{hours}</source>
        <translation>Hours must be a number: {hours}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务时长须在 0.5 到 24 小时之间（填的是 {hours}）。</source>
        <translation>Hours must be 0.5-24 (got {hours}).</translation>
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
    <name>reports.roster_template</name>
    <message>
        <location filename="../../wulian_desk/reports/roster_template.py" line="+79"/>
        <source>找不到文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取 {name}：不是有效的 .xlsx 工作簿。</source>
        <translation>{name} is not an .xlsx workbook.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} 缺少必需的列：{join}。请用程序生成的模板填写。</source>
        <translation>Missing columns: {join2}.</translation>
    </message>
</context>
<context>
    <name>services.casework.cases</name>
    <message>
        <location filename="../../wulian_desk/services/casework/cases.py" line="+60"/>
        <source>这个个案只对负责的社工、督导和站长开放。</source>
        <translation>This case is open only to its worker, supervisors and the head.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择有效的{label}。</source>
        <translation>Choose a valid {label}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>个案主题</source>
        <translation>case subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择优先级和风险等级。</source>
        <translation>Choose priority and risk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>下次复查日期（{isoformat}）不能早于开案日期（{isoformat2}）。</source>
        <translation>The next review is before the case was opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>负责社工</source>
        <translation>responsible social worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请指定负责社工。</source>
        <translation>Assign a worker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>请选择风险等级。</source>
        <translation>Choose the risk level.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>审批意见</source>
        <translation>approval opinion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找不到要审批的表格。</source>
        <translation>Form record not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只有服务计划和结案评估需要审批。</source>
        <translation>Only plans and closures are approved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请选择服务方式。</source>
        <translation>Choose the kind of session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务时长须在 1 到 600 分钟之间。</source>
        <translation>Minutes must be 1-600.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务内容</source>
        <translation>service content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站外地点</source>
        <translation>place outside the station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地点请选站内房间或填写站外地点，二者选一。</source>
        <translation>Give a room or a place outside, not both.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>家访在服务对象家中进行，不能选站内房间；请选「站外地点」。</source>
        <translation>A home visit is not held in a room: give the place outside.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个案已结案或转介，不能再添加服务记录。</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选房间已不存在，请重新选择地点。</source>
        <translation>The room does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下一步计划</source>
        <translation>next steps</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>督导记录</source>
        <translation>supervision notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>找不到个案 {reference}。</source>
        <translation>No case {reference}.</translation>
    </message>
</context>
<context>
    <name>services.casework.clients</name>
    <message>
        <location filename="../../wulian_desk/services/casework/clients.py" line="+47"/>
        <source>已有相同身份证号码或相同姓名和出生日期的服务对象（{count} 人），请确认不是重复登记。</source>
        <translation>A client with this ID number, or this name and birth date, already exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺少知情同意，不能保存：{missing}。请先登记同意书。</source>
        <translation>Missing consent: {missing}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>请选择同意的用途。</source>
        <translation>Choose what the consent covers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未知的敏感信息类别。</source>
        <translation>Unknown sensitive kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写监护人与服务对象的关系。</source>
        <translation>Give the guardian&apos;s relation.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>这位服务对象没有有效的同意可以撤回。</source>
        <translation>There is no active consent to withdraw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤回日期不能早于同意日期。</source>
        <translation>Withdrawal cannot precede the consent.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>找不到服务对象 {reference}。</source>
        <translation>No client {reference}.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>找不到该服务对象。</source>
        <translation>Client not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这位服务对象属于另一个站点，只能由该站点清除。</source>
        <translation>Only the owning station may purge this client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只有撤回了同意、或全部个案结案已满 {years} 年的服务对象才能彻底清除。</source>
        <translation>Only a client who withdrew consent, or whose cases all closed over {years} years ago, may be purged.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择所在社区（村）。</source>
        <translation>Choose the community.</translation>
    </message>
</context>
<context>
    <name>services.casework.forms</name>
    <message>
        <location filename="../../wulian_desk/services/casework/forms.py" line="+76"/>
        <source>找不到表单 {form} 第 {version} 版。</source>
        <translation>No form {form} version {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到表单 {form}。</source>
        <translation>No form {form}.</translation>
    </message>
</context>
<context>
    <name>services.casework.groups</name>
    <message>
        <location filename="../../wulian_desk/services/casework/groups.py" line="+40"/>
        <source>请选择开展小组的站点或社区。</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择负责社工。</source>
        <translation>Choose the worker.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>有成员找不到（服务对象不存在或已删除）。</source>
        <translation>Some clients were not found.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>活动计划</source>
        <translation>activity plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>小组已结束，不能再添加活动节次。</source>
        <translation>The group is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选房间不存在。</source>
        <translation>The room does not exist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>活动记录</source>
        <translation>activity record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>节小组活动</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这节活动还没有举行，不能登记出勤。</source>
        <translation>The session has not happened yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>有 {count} 人不是本小组成员。</source>
        <translation>Some are not members.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>只能为本小组成员填写前后测。</source>
        <translation>Only members are measured.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>未知的小组状态。</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成效总结</source>
        <translation>summary of outcomes</translation>
    </message>
</context>
<context>
    <name>services.demo.__init__</name>
    <message>
        <location filename="../../wulian_desk/services/demo/__init__.py" line="+40"/>
        <source>规模须在 1 到 {max_scale} 之间。</source>
        <translation>Scale must be 1-{max_scale}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>演示数据只能填入空站点：这个站点已经有房间或下属站点。</source>
        <translation>Demo data goes only into an empty station; this one already has records.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>services.demo.facilities</name>
    <message>
        <location filename="../../wulian_desk/services/demo/facilities.py" line="+48"/>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>services.demo.people</name>
    <message>
        <location filename="../../wulian_desk/services/demo/people.py" line="+76"/>
        <source>服务对象与个案</source>
        <translation>Clients and cases</translation>
    </message>
</context>
<context>
    <name>services.demo.volunteers</name>
    <message>
        <location filename="../../wulian_desk/services/demo/volunteers.py" line="+120"/>
        <source>社区活动与志愿服务时长</source>
        <translation>Activities and volunteer hours</translation>
    </message>
</context>
<context>
    <name>services.facilities.facilities</name>
    <message>
        <location filename="../../wulian_desk/services/facilities/facilities.py" line="+70"/>
        <source>无法按 {sort} 排序。</source>
        <translation>Cannot sort by {sort}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+52"/>
        <source>找不到该房间。</source>
        <translation>Room not found.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>房间“{name}”里还登记着 {inside} 件资产，请先把它们移到别的房间。</source>
        <translation>Room {name} still holds {inside} assets; move them first.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+65"/>
        <source>找不到该资产。</source>
        <translation>Asset not found.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>所选房间不存在或已删除。</source>
        <translation>The chosen room does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选房间不属于该站点。</source>
        <translation>The room belongs to another unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>资产编号 {fields} 已被使用。</source>
        <translation>Asset tag {fields} is in use.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>找不到该{label}，可能已被删除。</source>
        <translation>Not found; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>services.ordering</name>
    <message>
        <location filename="../../wulian_desk/services/ordering.py" line="+17"/>
        <source>无法按 {sort} 排序。</source>
        <translation>Cannot sort by {sort}.</translation>
    </message>
</context>
<context>
    <name>services.parties.charity</name>
    <message>
        <location filename="../../wulian_desk/services/parties/charity.py" line="+57"/>
        <source>请选择捐赠方类型（企业、个人、基金会、慈善组织）。</source>
        <translation>Choose a donor type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方名称</source>
        <translation>donor name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择社区基金或慈善超市。</source>
        <translation>Choose a fund type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社区基金或慈善超市</source>
        <translation>the fund or supermarket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>备注</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请选择受助方（服务对象、活动或项目）。</source>
        <translation>Choose the recipient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用途</source>
        <translation>purpose</translation>
    </message>
</context>
<context>
    <name>services.parties.organisations</name>
    <message>
        <location filename="../../wulian_desk/services/parties/organisations.py" line="+34"/>
        <source>组织</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>请选择评议结果。</source>
        <translation>Choose a result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评议日期</source>
        <translation>evaluation date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评议年度应在 2000 到评议日期所在的 {year} 年之间（填的是 {year2}）。</source>
        <translation>The year must be 2000-{year} (got {year2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评议意见</source>
        <translation>evaluation opinion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} 年度的评估评议已记录。</source>
        <translation>Already evaluated for that year.</translation>
    </message>
</context>
<context>
    <name>services.parties.parties_import</name>
    <message>
        <location filename="../../wulian_desk/services/parties/parties_import.py" line="+58"/>
        <source>未知的导入类型：{kind}（可选 organisations、donors）</source>
        <translation>Unknown import kind: {kind}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>重复：已有同名记录</source>
        <translation>Duplicate: a record of this name exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复：与本文件第 {seen} 行相同</source>
        <translation>Duplicate: the same as row {seen} of this file</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>找不到文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取 {name}：不是有效的 .xlsx 工作簿。</source>
        <translation>{name} is not an .xlsx workbook.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} 缺少必需的列（{names}）。请用程序生成的模板填写。</source>
        <translation>Missing columns.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未知的社区：{value}（请先在本站建立）</source>
        <translation>Unknown community: {value} (create it at this station first)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>（未填）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>成员人数不是整数：{members}</source>
        <translation>Members is not a whole number: {members}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备案日期</source>
        <translation>filing date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>缺少捐赠方名称</source>
        <translation>No donor name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未知的捐赠方类型：{value}</source>
        <translation>Unknown donor type: {value}</translation>
    </message>
</context>
<context>
    <name>services.parties.projects</name>
    <message>
        <location filename="../../wulian_desk/services/parties/projects.py" line="+43"/>
        <source>绩效指标</source>
        <translation>performance indicator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>机构名称</source>
        <translation>agency name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>unified social credit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系人</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>承接机构</source>
        <translation>contracted agency</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+56"/>
        <source>金额须为非负整数（以分计）。</source>
        <translation>Amounts are whole fen.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>阶段日期</source>
        <translation>stage date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>预算须为非负整数（以分计）。</source>
        <translation>Budget is whole fen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>项目名称</source>
        <translation>project name</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>服务需求</source>
        <translation>service needs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>项目</source>
        <translation>the project</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>不能修改：{join}</source>
        <translation>Unknown fields.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>评分须在 0 到 100 之间。</source>
        <translation>Score is 0-100.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>服务期限的结束日期早于开始日期。</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label}须为数字。</source>
        <translation>{field} must be a number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>目标值须大于 0。</source>
        <translation>The target must be above zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标名称</source>
        <translation>indicator name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>实测值不能为负数。</source>
        <translation>The measured value cannot be negative.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>支出金额须为正数。</source>
        <translation>Spending is a positive amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用途</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>附件名称不能超过 120 个字。</source>
        <translation>A document name is too long.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请填写附件名称。</source>
        <translation>Give the document names.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>找不到当前阶段的记录。</source>
        <translation>No record of the current stage.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>说明</source>
        <translation>description</translation>
    </message>
</context>
<context>
    <name>services.parties.staffing</name>
    <message>
        <location filename="../../wulian_desk/services/parties/staffing.py" line="+27"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>助理社会工作师</source>
        <translation>Assistant social worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作师</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高级社会工作师</source>
        <translation>Senior social worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>收到经费</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支出</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>请选择职业资格证书。</source>
        <translation>Choose a certificate.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>员工</source>
        <translation>the staff member</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请选择参训人员。</source>
        <translation>Choose who attended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训课时须大于 0。</source>
        <translation>Training hours must be positive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训日期</source>
        <translation>training date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训名称</source>
        <translation>training name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办单位</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请选择收入或支出。</source>
        <translation>Choose received or spent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写大于 0 的金额。</source>
        <translation>Give an amount above zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经费日期</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经费日期（{isoformat}）须在所记年度内（{year} 年）。</source>
        <translation>The date ({isoformat}) must be in {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>运行经费</source>
        <translation>the operating funds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} {year} 年运行经费结余只有 {format_yuan} 元，不能支出 {format_yuan2} 元。请先登记收到的经费。</source>
        <translation>{name} has only {format_yuan} yuan of {year} operating funds left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>description</translation>
    </message>
</context>
<context>
    <name>services.reports.approval</name>
    <message>
        <location filename="../../wulian_desk/services/reports/approval.py" line="+98"/>
        <source>报送说明</source>
        <translation>submission note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本站还没有登记到上级站点，无法报送。</source>
        <translation>This station is not enrolled with a tier above: nothing to submit to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parsed}已经报送，正在等待上级审核。</source>
        <translation>{code} is already submitted and awaits the decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parsed}已由上级审核通过，不能再次报送。</source>
        <translation>{code} is already approved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>没有登记在本站之下的站点：{value}。请填写站点编号或区划代码。</source>
        <translation>No station enrolled under us is {value}: give its id or its code.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>退回原因</source>
        <translation>reason for returning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>重新开放原因</source>
        <translation>reason for reopening</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}的{month}尚未审核通过，无需重新开放。</source>
        <translation>{code} of {name} is not approved: nothing to reopen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未报送</source>
        <translation>has not been submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已退回，等待重新报送</source>
        <translation>was returned and awaits a new submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已审核通过</source>
        <translation>is already approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}的{month}{said}，只能对已报送的月份审核或退回。</source>
        <translation>{code} of {name} {said}: only a submitted month can be approved or returned.</translation>
    </message>
</context>
<context>
    <name>services.reports.catalog</name>
    <message>
        <location filename="../../wulian_desk/services/reports/catalog.py" line="+254"/>
        <location line="+10"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <location line="+77"/>
        <location line="+7"/>
        <source>所属站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+36"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+50"/>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>面积(㎡)</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产数</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>资产</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产编号</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>购置日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <location line="+30"/>
        <source>金额(元)</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+9"/>
        <location line="+29"/>
        <source>服务对象</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+22"/>
        <location line="+22"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+44"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>出生日期</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+25"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+55"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开案日期</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复查日期</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>城乡</source>
        <translation>Urban/rural</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>小组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组名称</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已开展/计划节数</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>社区活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他参与人数</source>
        <translation>Others</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>重大活动</source>
        <translation>Major event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>报告日期</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>居住区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计时长(小时)</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年时长(小时)</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>志愿服务队</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>队长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>社区社会组织</source>
        <translation>Community organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记/备案</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近评议</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠次数</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现金合计(元)</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>捐赠物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠</source>
        <translation>Donations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>基金或超市</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区基金与慈善超市</source>
        <translation>Funds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收入(元)</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支出(元)</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>余额(元)</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>库存物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资库存</source>
        <translation>Goods in stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>慈善超市或基金</source>
        <translation>Supermarket or fund</translation>
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
        <location line="+0"/>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承接机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预算(元)</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>协议金额(元)</source>
        <translation>Agreed amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务期限自</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已支出(元)</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>指标达标</source>
        <translation>Indicators met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>所在站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>所属机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年培训课时</source>
        <translation>Training hours this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>累计培训课时</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训记录</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训名称</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>课时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运行经费</source>
        <translation>Operating funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收支</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未知的记录类型：{name}。可选：{join}</source>
        <translation>Unknown kind: {name}. Choose from: {join}</translation>
    </message>
</context>
<context>
    <name>services.reports.exports</name>
    <message>
        <location filename="../../wulian_desk/services/reports/exports.py" line="+28"/>
        <source>正在读取记录…</source>
        <translation>Reading the records…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已写入 0 / {count} 条</source>
        <translation>0 of {count} rows written</translation>
    </message>
</context>
<context>
    <name>services.reports.rollup</name>
    <message>
        <location filename="../../wulian_desk/services/reports/rollup.py" line="+126"/>
        <source>读取记录</source>
        <translation>Reading the records</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>汇总 {name}</source>
        <translation>Summing {name}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>月度报告只能保存为 .pdf 或 .xlsx 文件（收到的是“{name}”）。</source>
        <translation>The monthly report is saved as .pdf or .xlsx (got {name}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{out} 是一个文件夹，请给出文件名。</source>
        <translation>{out} is a folder; give a file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存位置不存在：{folder}</source>
        <translation>No such folder: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有写入权限：{out}</source>
        <translation>No permission to write {out}</translation>
    </message>
</context>
<context>
    <name>services.station.account_seals</name>
    <message>
        <location filename="../../wulian_desk/services/station/account_seals.py" line="+31"/>
        <source>本账号还没有取得本站的账号签名密钥，暂时不能修改账号。请另一位站长登录一次（登录时会把密钥交给你），或用恢复码登录后再操作。</source>
        <translation>This account has not been given the station&apos;s accounts key yet. Ask another station head to log in once (which hands it over), or unlock with the recovery code.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>账号 {username} 的记录（角色、状态）与站长的签名不符：它在程序之外被改动过，不能登录。请站长运行“检查”（check）查看，并在“账号”中重新设定这个账号。</source>
        <translation>The record of account {username} (role, status) does not match the station head&apos;s seal: it was changed outside the program. Ask the station head to run check and set the account again under Accounts.</translation>
    </message>
</context>
<context>
    <name>services.station.accounts</name>
    <message>
        <location filename="../../wulian_desk/services/station/accounts.py" line="+69"/>
        <source>没有用户名为 {username} 的账号。</source>
        <translation>No account named {username}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未知角色：{role}（可选：{choices}）。</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{code} {label}</source>
        <translation>{code} {label}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>总站管理员角色只能在县级总站设置。</source>
        <translation>County administrators exist only at the county.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>用户名 {username} 已被使用。</source>
        <translation>User name {username} is taken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>不能停用自己正在使用的账号。</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这是最后一个站长账号，不能停用。</source>
        <translation>This is the last station head account.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>用恢复码登录时没有自己的账号，请由站长重设密码。</source>
        <translation>Unlocked with the recovery code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原密码不正确。</source>
        <translation>The old password is not correct.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该账号已停用，不能修改密码。</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>这是最后一个站长账号，不能改为其他角色。</source>
        <translation>This is the last station head.</translation>
    </message>
</context>
<context>
    <name>services.station.audit_log</name>
    <message>
        <location filename="../../wulian_desk/services/station/audit_log.py" line="+82"/>
        <source>日期格式不对：{text}（应为 2026-11-01 这样的格式）。</source>
        <translation>Not a date: {text} (use 2026-11-01).</translation>
    </message>
</context>
<context>
    <name>services.station.data_folder</name>
    <message>
        <location filename="../../wulian_desk/services/station/data_folder.py" line="+69"/>
        <source>移动失败，站点仍在原处：{value}</source>
        <translation>The move failed; the station is still where it was: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新文件夹不能是原数据文件夹，也不能在它里面或包含它。</source>
        <translation>The new folder cannot be the data folder, inside it, or around it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} 已存在且不是空文件夹，请选择一个新的或空的文件夹。</source>
        <translation>{target} exists and is not an empty folder; choose a new or empty one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上级文件夹不存在：{parent}</source>
        <translation>No such folder: {parent}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>目标磁盘空间不足：需要约 {value:.0f} MB，只剩 {value2:.0f} MB。</source>
        <translation>Not enough space there: about {value:.0f} MB needed, {value2:.0f} MB free.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>复制不完整，站点仍在原处。</source>
        <translation>The copy is incomplete; the station is still where it was.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>复制后的检查未通过，站点仍在原处：{details}</source>
        <translation>The copy failed its checks; the station is still where it was: {details}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这台电脑的系统不能让所有用户共用本站点的设备密钥（只有 Windows 可以），其他系统用户将无法登录。请不勾选“本机所有用户”，或在 Windows 电脑上共用。</source>
        <translation>Only Windows can give every user of the PC the station&apos;s device secret; other users could not log in. Move the folder for this user only, or share it on a Windows PC.</translation>
    </message>
</context>
<context>
    <name>services.station.maintenance</name>
    <message>
        <location filename="../../wulian_desk/services/station/maintenance.py" line="+95"/>
        <source>{dest} 是文件夹，请给出备份文件名。</source>
        <translation>{dest} is a folder; give a file name.</translation>
    </message>
</context>
<context>
    <name>services.station.numbering</name>
    <message>
        <location filename="../../wulian_desk/services/station/numbering.py" line="+42"/>
        <source>登记回执中的编号标记不对。</source>
        <translation>The reply&apos;s number tag is malformed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本机已为太多电脑分配编号标记，请在本站另一台电脑上接受这份登记申请。</source>
        <translation>This computer has no number tags left to give; accept the request on another one.</translation>
    </message>
</context>
<context>
    <name>services.station.policies</name>
    <message>
        <location filename="../../wulian_desk/services/station/policies.py" line="+32"/>
        <source>找不到政策配置 {code}（{path}）。可选：{join}</source>
        <translation>No policy profile {code} ({path}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>本站的政策配置由县级总站下发，不能在本站更改。</source>
        <translation>The county sets this station&apos;s policy profile.</translation>
    </message>
</context>
<context>
    <name>services.station.settings</name>
    <message>
        <location filename="../../wulian_desk/services/station/settings.py" line="+24"/>
        <location line="+8"/>
        <source>未知设置项：{key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>档案保存年限须为 1 到 100 年。</source>
        <translation>Retention must be 1-100 years.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>自动锁屏时间须为 1 到 240 分钟。</source>
        <translation>Idle lock must be 1-240 minutes.</translation>
    </message>
</context>
<context>
    <name>services.station.station</name>
    <message>
        <location filename="../../wulian_desk/services/station/station.py" line="+47"/>
        <source>站点名称</source>
        <translation>station name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未知的站点层级：{tier}（可选 county、township、community）。</source>
        <translation>Unknown tier: {tier} (county, township or community).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>行政区划代码应为 6、9 或 12 位数字。</source>
        <translation>The division code must be 6, 9 or 12 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>城乡类型只能是 urban 或 rural。</source>
        <translation>Area kind must be urban or rural.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>该账号已停用或已不存在，不能登录。如需恢复使用，请找站长重设密码。</source>
        <translation>This account is disabled or no longer exists. Ask the station head to reset its password.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>找不到本站点的记录，数据库可能已损坏。</source>
        <translation>The station record is missing.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>上级站点不存在。</source>
        <translation>The parent unit does not exist.</translation>
    </message>
</context>
<context>
    <name>services.station.ui_support</name>
    <message>
        <location filename="../../wulian_desk/services/station/ui_support.py" line="+80"/>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is not correct.</translation>
    </message>
</context>
<context>
    <name>services.sync.conflicts</name>
    <message>
        <location filename="../../wulian_desk/services/sync/conflicts.py" line="+68"/>
        <source>找不到冲突记录 {conflict_id}。</source>
        <translation>No conflict {conflict_id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这处冲突已经处理过了。</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这条记录属于另一个站点，只能由该站点选择版本。</source>
        <translation>Only the owning station may restore a version.</translation>
    </message>
</context>
<context>
    <name>services.sync.corrections</name>
    <message>
        <location filename="../../wulian_desk/services/sync/corrections.py" line="+47"/>
        <source>更正请求由县级总站发出。</source>
        <translation>Correction requests come from the county.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正说明</source>
        <translation>correction note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>未知的记录类型：{record_table}</source>
        <translation>Unknown record kind: {record_table}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>请选择要更正的记录。</source>
        <translation>Choose the record to correct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个站点还没有在本总站登记。</source>
        <translation>That station is not enrolled here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在该站点上报的数据中找不到这条记录。</source>
        <translation>No such record among that station&apos;s data.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>答复须为“已更正”或“不予更正”。</source>
        <translation>Answer corrected or declined.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找不到发给本站的这条更正请求。</source>
        <translation>No such correction request for this station.</translation>
    </message>
</context>
<context>
    <name>services.sync.county_documents</name>
    <message>
        <location filename="../../wulian_desk/services/sync/county_documents.py" line="+82"/>
        <source>共享策略由县级总站制定。</source>
        <translation>The county sets the sharing policy.</translation>
    </message>
</context>
<context>
    <name>services.sync.drives</name>
    <message>
        <location filename="../../wulian_desk/services/sync/drives.py" line="+191"/>
        <source>无法打开文件夹 {folder}（U 盘插好了吗？）</source>
        <translation>Cannot open the folder {folder}.</translation>
    </message>
</context>
<context>
    <name>services.sync.enrolment</name>
    <message>
        <location filename="../../wulian_desk/services/sync/enrolment.py" line="+88"/>
        <source>备份私钥前须确认：私钥备份文件应只交县级总站保险柜保管。</source>
        <translation>Confirm first: the key backup belongs in the county&apos;s safe only.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>登记申请缺少必要内容。</source>
        <translation>The enrolment request lacks fields.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>登记回执中的总站信息不对。</source>
        <translation>The reply&apos;s issuer is malformed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这份登记回执是发给另一台电脑的。</source>
        <translation>This reply is for another installation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记回执中缺少总站文件。</source>
        <translation>The reply lacks the county&apos;s documents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本站已登记到 {name}；不能再登记到另一个总站。</source>
        <translation>This station is already enrolled with {name}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>登记回执中的上级总站不对。</source>
        <translation>The reply&apos;s county is malformed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>登记回执中的站点信息不对。</source>
        <translation>The reply&apos;s unit is malformed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记回执中缺少乡镇（街道）站的信息。</source>
        <translation>The reply lacks the township&apos;s unit.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>这是本机自己的登记申请。</source>
        <translation>This is our own request.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} 的这台电脑已被吊销，不能再次登记；请在该电脑上重新安装后申请。</source>
        <translation>This installation was revoked.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本站还没有登记到县级总站：请先向总站登记，再接受社工室的登记。</source>
        <translation>Enrol this township with its county before accepting rooms.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>县级总站之间不互相登记。</source>
        <translation>Counties do not enrol with each other.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇（街道）站只接受社区（村）社工室的登记申请。</source>
        <translation>A township station accepts only community rooms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区（村）社工室不接受其他站点的登记申请。</source>
        <translation>A community room accepts no other stations.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>指纹不一致：文件中{whose}的指纹是 {fingerprint}，与电话中核对的不同。请勿登记，并联系对方核实。</source>
        <translation>Fingerprint mismatch: the file&apos;s is {fingerprint}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>找不到文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取文件 {path}：{strerror}</source>
        <translation>Cannot read {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{out} 是文件夹，请给出文件名。</source>
        <translation>{out} is a folder; give a file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件夹 {parent} 不存在。</source>
        <translation>No folder {parent}.</translation>
    </message>
</context>
<context>
    <name>services.sync.person_secret</name>
    <message>
        <location filename="../../wulian_desk/services/sync/person_secret.py" line="+45"/>
        <source>县级总站的人员密钥格式不对。</source>
        <translation>The county&apos;s person secret is malformed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>收到的县级总站人员密钥与本站已有的不同：已有的人员标识将无法匹配，整份文件不予导入。请联系县级总站核实（总站的人员密钥一经生成不能更换）。</source>
        <translation>The county&apos;s person secret differs from the one held here; refused.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>登记回执中的人员密钥无法解开（不是加密给本机的）。</source>
        <translation>The reply&apos;s person secret is not sealed to this installation.</translation>
    </message>
</context>
<context>
    <name>services.sync.relay</name>
    <message>
        <location filename="../../wulian_desk/services/sync/relay.py" line="+94"/>
        <source>只有下级站点可以转交社工室的数据。</source>
        <translation>Only a station below us forwards rooms&apos; payloads.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>同一台社工室电脑在数据包中有两套公钥，整包不予导入。</source>
        <translation>One room installation comes with two keys in the bundle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>转交的社工室数据包的发送方或接收方不符。</source>
        <translation>A forwarded payload names another sender or recipient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转交的社工室数据来自更新版本的程序，请先升级本程序。</source>
        <translation>A forwarded payload comes from a newer version; upgrade first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>转交的数据自称属于本站或转交的站点。</source>
        <translation>A forwarded payload claims to be ours or the township&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>{name} 不在 {name2} 之下，{name2} 不能转交它的数据。</source>
        <translation>The room is not beneath this township.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{name} 的密钥已被吊销，转交的数据不予导入。</source>
        <translation>The room&apos;s keys have been revoked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} 的公钥与本机先前记下的不同，转交的数据不予导入。</source>
        <translation>The room&apos;s key differs from the one pinned here.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{reason}整包不予导入。</source>
        <translation>{reason} The whole bundle is refused.</translation>
    </message>
</context>
<context>
    <name>services.sync.sync</name>
    <message>
        <location filename="../../wulian_desk/services/sync/sync.py" line="+134"/>
        <source>{name} 已被吊销，不再向它导出。</source>
        <translation>{name} is revoked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收集记录</source>
        <translation>Collecting records</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>加密并签名</source>
        <translation>Encrypting and signing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>写入并校验</source>
        <translation>Writing and checking</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+83"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>还没有登记的同步对象：站点请先向总站申请登记（enrol request）。</source>
        <translation>No enrolled peers yet: enrol with the county first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出给 {name}：</source>
        <translation>Exporting for {name}: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法写入 {path}：{strerror}（U 盘已满或被拔出？）</source>
        <translation>Cannot write {path}: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>写入 {path} 后读回的内容不一致：U 盘可能损坏，请换一个再试。</source>
        <translation>The bundle read back differs from what was written.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>检查 {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导入 {name}</source>
        <translation>Importing {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法读取 {name}：{strerror}</source>
        <translation>Cannot read {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} 经乡镇（街道）站转报，未直接登记到本站。</source>
        <translation>This room reports through its township and is not enrolled here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包头中的发送方与签名的密钥不符。</source>
        <translation>The header&apos;s sender does not match its key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个数据包是发给另一个站点（或另一台电脑）的。</source>
        <translation>The bundle is for someone else.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包来自更新版本的程序（数据库版本 {header}），请先升级本程序。</source>
        <translation>The bundle comes from a newer version; upgrade first.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>数据包中有{name}对不属于它的站点月份所作的审核决定，已拒收。</source>
        <translation>The bundle holds {name}&apos;s decisions on months of stations not beneath it.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>文件夹 {folder} 不存在（U 盘插好了吗？）</source>
        <translation>No folder {folder}.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.activities</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/activities.py" line="+38"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请选择举办活动的站点或社区。</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所选房间不存在。</source>
        <translation>The room does not exist.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>有 {count} 位{what}找不到。</source>
        <translation>{count} {what} not found.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>未登记参与人数须为 0 或正整数。</source>
        <translation>The head count must be 0 or more.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报告日期</source>
        <translation>report date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这项活动不是需要报告的重大活动。</source>
        <translation>This activity is not a major event.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>找不到活动 {reference}。</source>
        <translation>No activity {reference}.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.certificate_codes</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/certificate_codes.py" line="+34"/>
        <source>验证码格式不对，不是本程序出具的志愿服务记录证明。</source>
        <translation>Not a certificate code of this app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验证码有输入错误（校验位不符）：请逐字核对后重新输入。</source>
        <translation>Typing error: the code&apos;s check character does not match; compare it character by character.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法核验：本机不认识出具这份证明的电脑（该站未登记，或本站尚未收到县级总站下发的公钥清单）。</source>
        <translation>Unknown issuer: no key held here signed this code (not enrolled, or the county&apos;s key list has not arrived yet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验证码签名不符：证明内容被改动过，或验证码是伪造的。</source>
        <translation>Bad signature: the code was altered or forged.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>请填写吊销证明的原因。</source>
        <translation>Give the reason for revoking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原因不能超过 200 个字。</source>
        <translation>The reason is longer than 200 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本站没有出具过编号为 {number} 的证明。</source>
        <translation>This station issued no certificate {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证明 {number} 已于 {revoked_on} 吊销。</source>
        <translation>{number} was revoked already.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.certificate_list</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/certificate_list.py" line="+57"/>
        <source>本站没有出具过编号为 {number} 的证明。</source>
        <translation>This station issued no certificate {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证明 {number} 已于 {revoked_on} 吊销，不能补打。</source>
        <translation>{number} was revoked on {revoked_on}: it cannot be reprinted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>证明 {number} 所依据的服务记录出具后已更正，补打的证明会与记录不符；请重新出具一份证明。</source>
        <translation>The records behind {number} were corrected since: issue a new certificate instead.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.certificates</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/certificates.py" line="+116"/>
        <source>证明期间的开始日期</source>
        <translation>start of the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证明期间的结束日期</source>
        <translation>end of the period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证明期间的开始日期晚于结束日期。</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这位志愿者在该期间没有服务记录，不能出具证明。</source>
        <translation>No service records in this period.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>本站没有出具过与这个验证码相符的证明（验证码可能被改动，或证明不是本站出具）。</source>
        <translation>This station issued no certificate with this code (altered, or not ours).</translation>
    </message>
</context>
<context>
    <name>services.volunteering.people</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/people.py" line="+29"/>
        <source>志愿者</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务对象</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>同一人关联由县级总站建立。</source>
        <translation>The county links records to one person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只能关联志愿者或服务对象。</source>
        <translation>Link volunteers or clients.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请至少给出两条要关联为同一人的记录。</source>
        <translation>Give at least two records to link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>找不到{kind}记录：{record_id}</source>
        <translation>No {kind} {record_id}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>这条{kind}记录没有手工关联。</source>
        <translation>This {kind} record has no manual link.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.roster_import</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/roster_import.py" line="+95"/>
        <source>未知的导入类型：{kind}（可选 volunteers、hours）</source>
        <translation>Unknown import kind: {kind}</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+67"/>
        <source>缺少姓名</source>
        <translation>No name</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>重复：这个身份证号码已登记为志愿者</source>
        <translation>Duplicate: this ID number is already registered as a volunteer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重复：与本文件第 {seen} 行的身份证号码相同</source>
        <translation>Duplicate: the same ID number as row {seen} of this file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未知的志愿服务队：{team}（请先在本站建立）</source>
        <translation>Unknown volunteer team: {team} (create it at this station first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺少同意登记日期（须经志愿者本人同意才能登记）</source>
        <translation>No date of consent (a volunteer is registered only with their own consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同意登记日期</source>
        <translation>date of consent to registration</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>服务日期与活动 {ref} 的日期（{starts_at:%Y-%m-%d}）不一致</source>
        <translation>The service date differs from the date of activity {ref} ({starts_at:%Y-%m-%d})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活动名称“{ref}”当天有 {count} 项，请改填活动编号</source>
        <translation>{count} activities named &quot;{ref}&quot; that day: give the activity number instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到活动：{value}（{day:%Y-%m-%d}）</source>
        <translation>No such activity: {value} ({day:%Y-%m-%d})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（未填）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这个身份证号码还没有登记为志愿者</source>
        <translation>This ID number is not registered as a volunteer yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名与登记的不一致（登记为 {registered}）</source>
        <translation>The name differs from the one registered ({registered})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务日期</source>
        <translation>service date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>服务时长超出范围或不是数字（须在 0.5 到 24 小时之间）：{value}</source>
        <translation>Hours out of range or not a number (0.5 to 24): {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本文件第 {row} 行</source>
        <translation>in row {row} of this file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库中</source>
        <translation>in the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复：这位志愿者在这项活动当天的服务记录{where}已有</source>
        <translation>Duplicate: this volunteer&apos;s service at this activity that day is already recorded {where}</translation>
    </message>
</context>
<context>
    <name>services.volunteering.service_hours</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/service_hours.py" line="+88"/>
        <source>找不到该活动。</source>
        <translation>Activity not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这位志愿者当天在这项活动已有服务记录；如需修改，请更正原记录。</source>
        <translation>Already recorded for this activity and day; correct that record instead.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>有 {count} 位志愿者没有报名这项活动，请先把他们加入活动。</source>
        <translation>Some adjusted volunteers are not on this activity.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这项活动没有到场的志愿者可以记录时长。</source>
        <translation>No volunteer to record.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{join} 已有这项活动的服务记录；如需修改，请更正原记录。</source>
        <translation>Some volunteers already have hours for this activity.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>这条记录已被更正过，请更正最新的那一条。</source>
        <translation>Correct the latest version.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>找不到该服务记录。</source>
        <translation>Service record not found.</translation>
    </message>
</context>
<context>
    <name>services.volunteering.volunteers</name>
    <message>
        <location filename="../../wulian_desk/services/volunteering/volunteers.py" line="+40"/>
        <source>这个身份证件号码已登记为志愿者（{name}），不能重复登记。</source>
        <translation>A volunteer with this ID number is already registered.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请选择所属站点或社区。</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+151"/>
        <source>志愿服务队</source>
        <translation>volunteer team</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+39"/>
        <location line="+105"/>
        <location line="+11"/>
        <source>志愿者</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>找不到志愿者 {reference}。</source>
        <translation>No volunteer {reference}.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>服务队名称</source>
        <translation>team name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>队长</source>
        <translation>team leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简介</source>
        <translation>introduction</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>培训学时须大于 0。</source>
        <translation>Training hours must be positive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训名称</source>
        <translation>training name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训内容</source>
        <translation>training content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举办单位</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>奖励名称</source>
        <translation>award name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>授予单位</source>
        <translation>awarded by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请选择评价等级。</source>
        <translation>Choose a rating.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评价意见</source>
        <translation>assessment opinion</translation>
    </message>
</context>
<context>
    <name>storage.backup</name>
    <message>
        <location filename="../../wulian_desk/storage/backup.py" line="+64"/>
        <source>备份写入失败：{reason}（{dest}）</source>
        <translation>Writing the backup failed: {reason} ({dest})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法读取备份文件 {path}：{strerror}</source>
        <translation>Cannot read the backup file {path}: {strerror}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} 不是五社联动工作台的备份文件。</source>
        <translation>{path} is not a Wulian Desk backup file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件 {path} 不完整（可能被截断）。</source>
        <translation>The backup file {path} is incomplete (truncated?).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>备份文件内容已损坏：{result}</source>
        <translation>The backup is damaged: {result}</translation>
    </message>
</context>
<context>
    <name>storage.device_secret</name>
    <message>
        <location filename="../../wulian_desk/storage/device_secret.py" line="+28"/>
        <source>系统密钥环已锁定，读不到本站点的设备密钥。请先解锁系统密钥环（登录系统账户，或在密钥环提示中输入系统密码）后再试；也可以用恢复码解锁。</source>
        <translation>The OS keyring is locked, so the station&apos;s device secret cannot be read. Unlock the keyring (log in to the OS account or answer the keyring prompt) and try again, or use the recovery code.</translation>
    </message>
</context>
<context>
    <name>storage.engine</name>
    <message>
        <location filename="../../wulian_desk/storage/engine.py" line="+44"/>
        <source>数据库无法用此密钥解开（密钥不对，或文件已损坏）。</source>
        <translation>The database cannot be opened with this key (wrong key or damaged file).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>数据库正被另一个窗口或程序使用，请稍后再试。</source>
        <translation>The database is in use by another window or program; try again shortly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>磁盘已满，未能保存。请腾出空间后重试，已有数据未受影响。</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库文件已损坏或不是本程序的数据库。请从备份恢复。</source>
        <translation>The database file is damaged or not ours; restore from a backup.</translation>
    </message>
</context>
<context>
    <name>storage.keyslots</name>
    <message>
        <location filename="../../wulian_desk/storage/keyslots.py" line="+87"/>
        <source>密码至少需要 {min_password_len} 个字符。</source>
        <translation>The password needs at least {min_password_len} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>密码过于简单：请混合使用字母、数字或符号。</source>
        <translation>The password is too simple: mix letters, digits or symbols.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>密钥槽文件已损坏，无法读取（{exc}）。请从备份恢复。</source>
        <translation>The key slot file is damaged ({exc}); restore from a backup.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>该账号已停用，不能登录。如需恢复使用，请找站长重设密码。</source>
        <translation>This account is disabled. Ask the station head to reset its password.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>这台电脑的系统密钥环中没有本站点的设备密钥（数据文件夹可能是从别处复制来的）。请用恢复码解锁。</source>
        <translation>This computer&apos;s keyring lacks the station&apos;s device secret (the data folder may have been copied here). Unlock with the recovery code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is not correct.</translation>
    </message>
</context>
<context>
    <name>storage.login_guard</name>
    <message>
        <location filename="../../wulian_desk/storage/login_guard.py" line="+64"/>
        <source>{minutes} 分 {seconds} 秒</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seconds} 秒</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录失败次数过多（连续 {entry} 次），该账号已暂时锁定，请 {when}后再试；忘记密码请找站长重设。</source>
        <translation>Too many failed logins ({entry}); this account is locked: try again in {when}. Ask the station head to reset a forgotten password.</translation>
    </message>
</context>
<context>
    <name>storage.migrate</name>
    <message>
        <location filename="../../wulian_desk/storage/migrate.py" line="+63"/>
        <source>这个数据库由更新版本的五社联动工作台写入（结构版本 {revision}），本程序无法打开。请先升级本程序。数据库未被改动。</source>
        <translation>This database was written by a newer version of Wulian Desk (schema {revision}); upgrade the app to open it. The database was not changed.</translation>
    </message>
</context>
<context>
    <name>storage.queries.common</name>
    <message>
        <location filename="../../wulian_desk/storage/queries/common.py" line="+19"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作服务机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分配记录</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批记录</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案记录</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知情同意记录</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠记录</source>
        <translation>Donation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格</source>
        <translation>Form record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基金或慈善超市</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组活动</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运营经费记录</source>
        <translation>Operating fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社会组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织活动记录</source>
        <translation>Organisation activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织评估记录</source>
        <translation>Organisation evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目记录</source>
        <translation>Project event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效指标</source>
        <translation>Project indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目支出</source>
        <translation>Project spending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>服务记录</source>
        <translation>Service session</translation>
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
        <source>督导记录</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务证明</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者评价</source>
        <translation>Volunteer evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者培训记录</source>
        <translation>Volunteer training</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到该{what}。</source>
        <translation>{what} not found.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择所属站点。</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择{what}所在的社区。</source>
        <translation>Choose the community of {what}.</translation>
    </message>
</context>
<context>
    <name>storage.queries.sync</name>
    <message>
        <location filename="../../wulian_desk/storage/queries/sync.py" line="+42"/>
        <source>没有登记过的同步对象：{peer_id}</source>
        <translation>No enrolled peer {peer_id}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>数据包中的记录引用了本机和数据包里都没有的记录，整包不予导入。</source>
        <translation>A record in the bundle refers to a record neither the bundle nor this database holds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据包中的记录与本机的记录冲突（重复的唯一值），整包不予导入。</source>
        <translation>A record in the bundle clashes with a unique value held here.</translation>
    </message>
</context>
<context>
    <name>storage.records</name>
    <message>
        <location filename="../../wulian_desk/storage/records.py" line="+37"/>
        <source>这条记录属于另一个站点，本站只能查看；如需更改，请向该站点发出更正请求。</source>
        <translation>This record belongs to another station: read-only here; send a correction request instead.</translation>
    </message>
</context>
<context>
    <name>storage.station_folder</name>
    <message>
        <location filename="../../wulian_desk/storage/station_folder.py" line="+50"/>
        <source>这个站点已移到 {target}，请在那里打开；原文件夹 {folder} 只是留作备查。</source>
        <translation>This station was moved to {target}; open it there. {folder} is kept only for reference.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>数据文件夹路径不是文件夹：{folder}</source>
        <translation>Not a folder: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} 中已经有站点数据，不会覆盖。</source>
        <translation>{folder} already holds a station; it will not be overwritten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} 中有未建成的站点文件，还有其他文件（{names}）；为免误删，不会在这里建立站点。请换一个空文件夹，或先把其他文件移走。</source>
        <translation>{folder} holds a half-made station and other files ({names}); choose an empty folder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法建立数据文件夹 {folder}：{strerror}</source>
        <translation>Cannot create the data folder {folder}: {strerror}</translation>
    </message>
</context>
<context>
    <name>storage.store</name>
    <message>
        <location filename="../../wulian_desk/storage/store.py" line="+41"/>
        <source>数据文件夹路径不是文件夹：{folder}</source>
        <translation>Not a folder: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据文件夹不存在：{folder}。请检查路径，或先运行 init 建立站点。</source>
        <translation>The data folder does not exist: {folder}. Check the path or run init first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法建立数据文件夹 {folder}：{strerror}</source>
        <translation>Cannot create the data folder {folder}: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有写入数据文件夹的权限：{folder}</source>
        <translation>No permission to write to the data folder: {folder}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>{folder} 中只有未建成的站点（上次建立站点时被中断）。请重新运行：wulian-desk --data-dir {folder} init；未建成的文件会先移到 backups 文件夹。</source>
        <translation>{folder} holds only a half-made station (an interrupted set-up). Run init again; the half-made files are first moved to backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} 中还没有站点数据。请先运行：wulian-desk --data-dir {folder} init</source>
        <translation>No station in {folder} yet. Run: wulian-desk --data-dir {folder} init</translation>
    </message>
</context>
<context>
    <name>storage.workbook_file</name>
    <message>
        <location filename="../../wulian_desk/storage/workbook_file.py" line="+46"/>
        <source>{name} 不是有效的 .xlsx 工作簿：{reason}</source>
        <translation>{name} is not a valid .xlsx workbook: {english}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>找不到文件：{path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取 {path}：{strerror}</source>
        <translation>Cannot read {path}: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件过大（{value} MiB，上限 {value2} MiB），请分成几个文件导入</source>
        <translation>too large ({size} bytes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>压缩包已损坏（文件可能没有拷完整）</source>
        <translation>damaged zip archive ({exc})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>压缩数据已损坏（文件可能没有拷完整）</source>
        <translation>damaged compressed data ({exc})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>缺少第一个工作表的内容（{first}）</source>
        <translation>the first sheet&apos;s part {first} is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第一个工作表有 {sheet_rows} 行，超过一次导入的上限 {max_rows} 行，请分成几个文件导入</source>
        <translation>{sheet_rows} rows, more than {max_rows}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>工作表内容不完整或格式错误</source>
        <translation>a sheet is cut short or malformed ({exc})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作簿结构不符合 .xlsx 格式</source>
        <translation>unexpected structure ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>读取失败（{value}）</source>
        <translation>read failed ({exc})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这是旧版 .xls 文件或加了密码的工作簿，请在 Excel 或 WPS 中去掉密码并另存为 .xlsx</source>
        <translation>an old .xls file or a password-protected workbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这是文本文件（如 .csv），请在 Excel 或 WPS 中打开并另存为 .xlsx</source>
        <translation>a text file (such as .csv); save it as .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件内容不是 .xlsx 格式（可能已损坏或扩展名不对）</source>
        <translation>not a zip archive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>包含 {count} 个部件，超过上限 {max_parts}</source>
        <translation>{count} parts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>部件 {filename} 的压缩比异常（可能是压缩炸弹）</source>
        <translation>part {filename} has an abnormal compression ratio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>部件 {filename} 含有 DOCTYPE 或实体声明，出于安全原因拒绝读取</source>
        <translation>part {filename} declares a DOCTYPE or entities</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>部件 {name} 不是 UTF-8 编码</source>
        <translation>part {name} is not UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>解压后超过 {value} MiB 的上限（可能是压缩炸弹），请分成几个文件导入</source>
        <translation>inflates past {max_unpacked_bytes} bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>缺少 [Content_Types].xml</source>
        <translation>[Content_Types].xml is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>缺少工作簿部件 {workbook}</source>
        <translation>the workbook part {workbook} is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作簿里没有工作表</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第一个工作表没有对应的部件</source>
        <translation>the first sheet has no part</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>部件 {name} 格式错误</source>
        <translation>part {name} is malformed ({exc})</translation>
    </message>
</context>
<context>
    <name>sync.bundle</name>
    <message>
        <location filename="../../wulian_desk/sync/bundle.py" line="+74"/>
        <source>这不是五社联动数据包（文件开头不对）。</source>
        <translation>Not a Wulian Desk bundle (wrong first line).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据包头过长，不是本程序写的文件。</source>
        <translation>The bundle header is too long.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>发送方的密钥已被吊销，数据包不予导入。</source>
        <translation>The sender&apos;s keys have been revoked.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>不是有效的 JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是对象</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据包头缺少必要字段。</source>
        <translation>The bundle header lacks fields.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有未知字段 {field}</source>
        <translation>unknown field {field}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>数据包头的字段不对（{what}）。</source>
        <translation>The bundle header is malformed ({what}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据包不是加密给本机的，无法解密。</source>
        <translation>The bundle is not encrypted to this installation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>数据包来自未登记的发送方（{claimed}…）：请先办理登记（enrol），再导入。</source>
        <translation>The bundle comes from an unknown sender; enrol it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包签名验证失败：文件被改动过。</source>
        <translation>The bundle&apos;s signature does not verify.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据包不完整（文件被截断），请重新拷贝。</source>
        <translation>The bundle is truncated; copy it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据包内容与签名不符：文件被改动或损坏。</source>
        <translation>The bundle&apos;s payload does not match its signature.</translation>
    </message>
</context>
<context>
    <name>sync.chain_heads</name>
    <message>
        <location filename="../../wulian_desk/sync/chain_heads.py" line="+123"/>
        <source>数据包清单中的审计日志链头格式不正确。</source>
        <translation>The manifest&apos;s journal head is malformed.</translation>
    </message>
</context>
<context>
    <name>sync.changes</name>
    <message>
        <location filename="../../wulian_desk/sync/changes.py" line="+174"/>
        <source>未知的表 {table}</source>
        <translation>unknown table {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据包中有发送方无权发送的记录（表 {table}），整包不予导入。</source>
        <translation>The bundle holds records of a table its sender may not send ({table}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>表 {table} 的列与本机不符</source>
        <translation>the columns of table {table} differ from this computer&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {table} 的列重复</source>
        <translation>table {table} repeats a column</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>表 {table} 的 {column} 不能为空</source>
        <translation>{column} of table {table} may not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {table} 的 {column} 值不对：{shown}</source>
        <translation>bad value of {column} in table {table}: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据包中有不属于发送方的记录（表 {table}，记录 {row}），整包不予导入。</source>
        <translation>The bundle holds a record outside the sender&apos;s own data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>表 {table} 中有重复的记录</source>
        <translation>table {table} holds a record twice</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>数据包中的记录 {row}（表 {table}）在本机属于另一站点，整包不予导入。</source>
        <translation>The bundle holds a record another station owns here.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>数据包内容有误：{what}。</source>
        <translation>The bundle&apos;s content is malformed: {what}.</translation>
    </message>
</context>
<context>
    <name>sync.enrol_file</name>
    <message>
        <location filename="../../wulian_desk/sync/enrol_file.py" line="+35"/>
        <source>登记申请</source>
        <translation>enrolment request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记回执</source>
        <translation>enrolment reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这不是{what}文件。</source>
        <translation>Not an {what} file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}文件不完整，请重新拷贝。</source>
        <translation>The enrolment file is truncated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}文件格式不对。</source>
        <translation>The enrolment file is malformed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}文件的签名验证失败：文件被改动过。</source>
        <translation>The enrolment file&apos;s signature does not verify.</translation>
    </message>
</context>
<context>
    <name>sync.identity</name>
    <message>
        <location filename="../../wulian_desk/sync/identity.py" line="+77"/>
        <source>文件中的公钥格式不对。</source>
        <translation>The public keys in the file are malformed.</translation>
    </message>
</context>
<context>
    <name>sync.payload</name>
    <message>
        <location filename="../../wulian_desk/sync/payload.py" line="+83"/>
        <source>缺少清单</source>
        <translation>no manifest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据包清单的签名验证失败。</source>
        <translation>The manifest&apos;s signature does not verify.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>表 {name} 的行数不足</source>
        <translation>table {name} has too few rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {name} 的内容与清单不符</source>
        <translation>the content of table {name} differs from the manifest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>表 {name} 的记录格式不对</source>
        <translation>a record of table {name} is malformed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {name} 的记录列数不符</source>
        <translation>a record of table {name} has the wrong number of columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {name} 的记录中有嵌套的值</source>
        <translation>a record of table {name} holds a nested value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>清单所列的表与内容不符</source>
        <translation>the manifest&apos;s tables differ from the content</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>数据包内容无法解压</source>
        <translation>the content cannot be decompressed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包内容无法解压（不完整）</source>
        <translation>the content cannot be decompressed (incomplete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>压缩数据之后还有多余的内容</source>
        <translation>extra bytes after the compressed data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>清单不是有效的 JSON</source>
        <translation>the manifest is not valid JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清单不是对象</source>
        <translation>the manifest is not an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>清单与包头不一致（{key}）</source>
        <translation>the manifest differs from the header ({key})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>清单的字段不对</source>
        <translation>the manifest&apos;s fields are wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清单的审计链头不对</source>
        <translation>the manifest&apos;s audit chain heads are wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清单的账号签名公钥不对</source>
        <translation>the manifest&apos;s account signing keys are wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>清单的确认信息不对</source>
        <translation>the manifest&apos;s acknowledgements are wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>清单缺少表或表的信息不对</source>
        <translation>the manifest lacks a table or its details are wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据包清单与包头的记录数不一致。</source>
        <translation>Manifest and header counts differ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>表头不完整</source>
        <translation>a table header is incomplete</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>表头格式不对</source>
        <translation>a table header is malformed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>表 {name} 不在清单中</source>
        <translation>table {name} is not in the manifest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表 {name} 的行数与清单不符</source>
        <translation>the row count of table {name} differs from the manifest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>表 {name} 的列名不对</source>
        <translation>the column names of table {name} are wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据包解压后超出了包头所说的大小（或大得不合理），不予导入。</source>
        <translation>The payload inflates beyond what its header states, or beyond any real bundle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据包内容有误：{what}。</source>
        <translation>The bundle&apos;s content is malformed: {what}.</translation>
    </message>
</context>
<context>
    <name>sync.relay</name>
    <message>
        <location filename="../../wulian_desk/sync/relay.py" line="+52"/>
        <source>转交的社工室数据不对</source>
        <translation>the relayed room data is wrong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转交的社工室数据包重复</source>
        <translation>a relayed room bundle is repeated</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>转交的社工室数据字段不对</source>
        <translation>the relayed room data has wrong fields</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>转交的社工室公钥或数据不对</source>
        <translation>the relayed room&apos;s keys or data are wrong</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>转交的社工室数据缺少清单</source>
        <translation>the relayed room data has no manifest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>转交的社工室数据未经该社工室签名（或签名不符），整包不予导入。</source>
        <translation>A forwarded room payload is not signed by that room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转交的社工室清单不是有效的 JSON</source>
        <translation>the relayed room manifest is not valid JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转交的社工室清单字段不对</source>
        <translation>the relayed room manifest has wrong fields</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据包内容有误：{what}。</source>
        <translation>The bundle&apos;s content is malformed: {what}.</translation>
    </message>
</context>
<context>
    <name>ui.accounts.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/accounts/dialogs.py" line="-78"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>请填写用户名。</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>角色没有变化。</source>
        <translation>The role is unchanged.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请输入原密码。</source>
        <translation>Enter your current password.</translation>
    </message>
</context>
<context>
    <name>ui.activities.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/activities/dialogs.py" line="-40"/>
        <source>请至少勾选一位志愿者。</source>
        <translation>Tick at least one volunteer.</translation>
    </message>
</context>
<context>
    <name>ui.cases.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/cases/dialogs.py" line="-124"/>
        <source>请先找到并选中服务对象。</source>
        <translation>Find and pick the client first.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>请填写服务日期。</source>
        <translation>Give the date.</translation>
    </message>
</context>
<context>
    <name>ui.certificates_page</name>
    <message>
        <location filename="../../wulian_desk/ui/certificates_page.py" line="+40"/>
        <source>请选择要出具证明的志愿者。</source>
        <translation>Choose the volunteer.</translation>
    </message>
</context>
<context>
    <name>ui.charity.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/dialogs.py" line="-61"/>
        <source>请填写{label}。</source>
        <translation>Give the {field}.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>请先新增捐赠方。</source>
        <translation>Add a donor first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>请先新增社区基金或慈善超市。</source>
        <translation>Add a fund first.</translation>
    </message>
</context>
<context>
    <name>ui.charity.recipients</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/recipients.py" line="+15"/>
        <source>请选择受助方。</source>
        <translation>Choose the recipient.</translation>
    </message>
</context>
<context>
    <name>ui.charity.stock_out</name>
    <message>
        <location filename="../../wulian_desk/ui/charity/stock_out.py" line="+21"/>
        <source>还没有物资库存，请先登记物资捐赠（入库）。</source>
        <translation>Nothing in stock: record goods donated first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择出库的物资。</source>
        <translation>Choose the goods.</translation>
    </message>
</context>
<context>
    <name>ui.forms.date_edit</name>
    <message>
        <location filename="../../wulian_desk/ui/forms/date_edit.py" line="+38"/>
        <source>{label}应为日期，格式如 2024-03-05。</source>
        <translation>{label}: not a date such as 2024-03-05.</translation>
    </message>
</context>
<context>
    <name>ui.groups.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/groups/dialogs.py" line="-96"/>
        <source>请填写{label}。</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>请至少勾选一位服务对象。</source>
        <translation>Tick at least one client.</translation>
    </message>
</context>
<context>
    <name>ui.organisations.dialog</name>
    <message>
        <location filename="../../wulian_desk/ui/organisations/dialog.py" line="+56"/>
        <source>请填写评议日期。</source>
        <translation>Give the date.</translation>
    </message>
</context>
<context>
    <name>ui.projects.terms</name>
    <message>
        <location filename="../../wulian_desk/ui/projects/terms.py" line="+9"/>
        <source>请填写支出日期。</source>
        <translation>Give the date.</translation>
    </message>
</context>
<context>
    <name>ui.screenshot</name>
    <message>
        <location filename="../../wulian_desk/ui/screenshot.py" line="+31"/>
        <source>界面 {screen} 需要登录：请提供密码。</source>
        <translation>The {screen} screen needs a passphrase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+124"/>
        <source>无法保存截图到 {out}</source>
        <translation>Cannot save the screenshot to {out}</translation>
    </message>
</context>
<context>
    <name>ui.setup_wizard</name>
    <message>
        <location filename="../../wulian_desk/ui/setup_wizard.py" line="-25"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ui.staff.dialogs</name>
    <message>
        <location filename="../../wulian_desk/ui/staff/dialogs.py" line="+37"/>
        <source>请选择站点或社工室。</source>
        <translation>Choose the station or room.</translation>
    </message>
</context>
<context>
    <name>ui.system_print</name>
    <message>
        <location filename="../../wulian_desk/ui/system_print.py" line="+53"/>
        <source>没有能打印 PDF 的程序，请先安装 PDF 阅读器，或打开文件后从阅读器打印。</source>
        <translation>No program can print PDF files: install a PDF reader, or open the file and print from it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本机没有打印服务（CUPS），请打开文件后从阅读器打印。</source>
        <translation>This computer has no print service (CUPS): open the file and print from a reader.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>打印机没有接受这份文件：{strip}</source>
        <translation>The printer did not accept the file: {strip}</translation>
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
