"""Widgets of the overview page (Tổng quan): small charts drawn with QPainter and the panel of
figures built from :class:`kimbai_desktop.services.dashboard.Dashboard`."""
