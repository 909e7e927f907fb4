"""账号管理: staff accounts, roles, passwords and the recovery code (station head), and 修改我的密码."""
