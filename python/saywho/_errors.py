"""saywho.SaywhoError: the refusals of Saywho's core, with the stable codes
the CLI's JSONL error lines and the wasm module's SaywhoError use."""


class SaywhoError(Exception):
    """An input Saywho refuses.

    code: "invalid_utf8", "input_too_large", "unknown_language",
    "invalid_options", "internal"; reading files (python -m saywho) adds
    "empty_input" and "unreadable_input".
    byte_offset: where in the UTF-8 input the problem is (invalid_utf8), else 0.
    """

    def __init__(self, code: str, message: str, byte_offset: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.byte_offset = byte_offset

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"

    def __reduce__(self):  # picklable, so it crosses Dask and multiprocessing
        return (SaywhoError, (self.code, self.message, self.byte_offset))
