"""Reports: the roll-up, reporting rates, targets, the list catalogue and exports."""
