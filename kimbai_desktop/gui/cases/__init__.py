"""Case files (hồ sơ vụ việc) on screen: the intake form, the case view with its procedure status
bar and chronology, and the dialogs of the actions on a case (calls, notes, steps, plan, referrals,
consent, documents, closing), plus the teacher's quick concern form."""
