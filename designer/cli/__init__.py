"""The `jamii` command."""
def main() -> int:
    return 0
