"""The PySide6 window: screens, table models, dialogs and the task runner. It calls services and
refreshes from the `Changes` they return; it never opens a database session itself."""
