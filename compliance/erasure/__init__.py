"""The operator's side of erasure (docs/privacy.md): erase by value or session, re-apply erasures to a restored
table. Unlike the review, it acts on the stack's data, with the runtime's own item shapes, keyed hashes and
eraser (`runtime/aws/erasure_*.py`), so that what the function writes and what the operator erases are
declared once."""
