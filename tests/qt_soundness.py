"""Run by a Python with PySide6 installed: prints "survived" unless Qt's bindings abort it.

PySide6 6.12.0 on Python 3.11 aborts the interpreter after ~5,000 calls of a void Qt method
("none_dealloc": the None they return is released once too often). Sound versions survive
a hundred thousand.
"""

from PySide6.QtCore import QObject

thing = QObject()
for _ in range(100_000):
    thing.setObjectName("x")
print("survived")
