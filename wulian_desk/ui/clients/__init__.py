"""服务对象 screens: the clients list, a client's record, consent, and the add/edit dialog."""
