"""The flags a shared record carries, in the order they are shown and counted."""

FLAGS = ("meets_criminal_threshold", "unreferred")
