"""The operator's control window (Qt Widgets): the event, counts, screens, jobs, announcements."""
