import PlannerCore

/// The layer editor over the dashboard: one row per layer (id, size), the cursor's cell, the cell
/// being typed into.
enum LayerOverlay {
    static func render(_ state: DashboardState, _ editor: LayerEditor, into buffer: inout ScreenBuffer, glyphs: Glyphs) {
        guard state.scenario.workloads.indices.contains(editor.row) else { return }
        let workload = state.scenario.workloads[editor.row]
        let box = LayerLayout.box(state.size, layers: workload.layers.count)
        buffer.fill(box)
        let title =
            "Layers of \(workload.name) (\(workload.layers.count), \(Readable.mib(workload.imageMiB)); updates change the top \(workload.changedLayers))"
        let inner = Frame(title: title, focused: true).render(into: &buffer, area: box, glyphs: glyphs)
        var editing: Table.Editing?
        if let field = editor.field {
            editing = Table.Editing(
                row: editor.scroll.cursor, column: editor.column, text: field.text, valid: editor.problem == nil)
        }
        let table = Table(
            columns: [Table.Column("id", width: max(10, inner.width - 14)), Table.Column("size", width: 12, .right)],
            rows: workload.layers.map { [$0.id, Readable.mib($0.sizeMiB)] },
            selectedRow: workload.layers.isEmpty ? nil : editor.scroll.cursor, selectedColumn: editor.column,
            scroll: editor.scroll.offset, focused: true, editing: editing)
        table.render(
            into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), glyphs: glyphs)
        if workload.layers.isEmpty {
            buffer.put("No layers: a adds one.", x: inner.x + 1, y: inner.y + 1, style: Style(.muted))
        }
        buffer.put(
            "a add · d remove · Enter edit · +/- size · u undo · Esc close", x: inner.x, y: inner.maxY - 1,
            style: Style(.muted), limit: inner.width)
    }
}
