"""The upload service: an HTTP front door that writes PDFs and receipts into the store."""
