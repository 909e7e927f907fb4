"""Windows DPAPI in machine scope: bytes that any user of this PC can read back and no other PC
can (CryptProtectData with CRYPTPROTECT_LOCAL_MACHINE). For the device secret of a station every
user of an office PC shares (storage/device_secret.py). Windows only; called through ctypes, as
the standard library has no binding."""

from __future__ import annotations

import ctypes
import sys

_UI_FORBIDDEN = 0x01
_LOCAL_MACHINE = 0x04
_DESCRIPTION = "Wulian Desk device secret"


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _call(function_name: str, data: bytes, flags: int) -> bytes:
    if sys.platform != "win32":
        raise ValueError("DPAPI exists only on Windows")
    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = _Blob()
    function = getattr(crypt32, function_name)
    description = ctypes.c_wchar_p(_DESCRIPTION) if function_name == "CryptProtectData" else None
    if not function(ctypes.byref(blob_in), description, None, None, None, flags, ctypes.byref(blob_out)):
        raise ValueError(f"{function_name} failed: error {ctypes.get_last_error()}")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


def protect(data: bytes) -> bytes:
    return _call("CryptProtectData", data, _UI_FORBIDDEN | _LOCAL_MACHINE)


def unprotect(blob: bytes) -> bytes:
    """The bytes `protect` was given, or ValueError (another PC's blob, a damaged file)."""
    return _call("CryptUnprotectData", blob, _UI_FORBIDDEN)
