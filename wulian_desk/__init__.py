"""五社联动工作台 (Wulian Desk): records and reports for township and community social work stations."""

__version__ = "0.1.0"
APP_NAME = "wulian-desk"
