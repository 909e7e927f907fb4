"""个案 screens: the cases list, a case's file with its stage timeline, and the casework dialogs."""
