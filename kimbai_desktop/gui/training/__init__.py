"""The training and awareness log (tập huấn, tuyên truyền) on screen: the activities of a school
year with their detail, audiences and attendance, the year's targets with progress, the staff
directory with each person's training history, and the dialogs of these actions."""
