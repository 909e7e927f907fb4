"""同步: bundles on a USB stick, peers and reporting, conflicts, corrections, keys and enrolment."""
