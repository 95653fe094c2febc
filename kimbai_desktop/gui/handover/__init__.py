"""The handover of a pupil's records to another school: make a package, import one, the log."""
