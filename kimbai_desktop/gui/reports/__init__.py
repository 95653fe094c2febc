"""Parts of the "Báo cáo" page: the list of documents, their parameters and text, the in-app
preview (pypdfium2 pages in a zoomable view) and printing or saving through the seams."""
