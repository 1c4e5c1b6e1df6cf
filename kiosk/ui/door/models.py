"""List models for the door screen: plain rows of dicts with their keys as roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """Rows of dicts sharing the same keys; replaced whole, and only when they change."""

    countChanged = Signal()

    def __init__(self, keys: list[str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._keys = keys
        self._roles = {Qt.ItemDataRole.UserRole + 1 + i: k for i, k in enumerate(keys)}
        self._rows: list[dict[str, Any]] = []

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        return {role: QByteArray(key.encode()) for role, key in self._roles.items()}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key = self._roles.get(role)
        if key is None:
            return None
        value = self._rows[index.row()].get(key)
        return "" if value is None else value

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        clean = [{k: r.get(k) for k in self._keys} for r in rows]
        if clean == self._rows:
            return
        if len(clean) == len(self._rows) and clean:
            self._rows = clean
            self.dataChanged.emit(self.index(0), self.index(len(clean) - 1))
            return
        self.beginResetModel()
        self._rows = clean
        self.endResetModel()
        self.countChanged.emit()
