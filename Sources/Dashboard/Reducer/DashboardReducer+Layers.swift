import PlannerCore

/// The layer editor of one workload's image: move, add, remove, rename, resize. Every change is an
/// edit like any other (undo history, re-plan); Esc closes the editor.
extension DashboardReducer {
    static func layerEditing(_ state: inout DashboardState, _ editor: LayerEditor, _ action: Action) -> [Effect] {
        var editor = editor
        guard state.scenario.workloads.indices.contains(editor.row) else {
            state.mode = .normal
            return []
        }
        if editor.field != nil { return layerTyping(&state, editor, action) }
        let layers = state.scenario.workloads[editor.row].layers
        var effects: [Effect] = []
        switch action {
        case .move(.up): editor.scroll.move(by: -1, count: layers.count)
        case .move(.down): editor.scroll.move(by: 1, count: layers.count)
        case .move(.left): editor.column = 0
        case .move(.right): editor.column = 1
        case .beginEdit:
            guard layers.indices.contains(editor.scroll.cursor) else {
                state.status = .edit("no layers: a adds one")
                return []
            }
            let layer = layers[editor.scroll.cursor]
            editor.field = TextField(editor.column == 0 ? layer.id : QuantityUnit.mib.exactText(layer.sizeMiB))
            editor.problem = nil
        case .addWorkload:
            switch ScenarioEdits.addLayer(row: editor.row, after: editor.scroll.cursor, in: state.scenario) {
            case .success(let (scenario, index)):
                effects = apply(&state, .success(scenario)) { "\($0.workloads[editor.row].name): added layer \(index + 1)" }
                editor.scroll.cursor = index
            case .failure(let problem): state.status = .edit("not applied: \(problem.reason)", kind: .error)
            }
        case .deleteWorkload:
            let cursor = editor.scroll.cursor
            effects = apply(&state, ScenarioEdits.deleteLayer(row: editor.row, layer: cursor, in: state.scenario)) {
                "\($0.workloads[editor.row].name): removed layer \(cursor + 1) (u undoes)"
            }
        case .step(let delta):
            let cursor = editor.scroll.cursor
            effects = apply(&state, ScenarioEdits.stepLayer(row: editor.row, layer: cursor, by: delta, in: state.scenario)) {
                layerMessage($0, row: editor.row, layer: cursor)
            }
        case .undo, .redo:
            effects = history(&state, action)
        case .cancel:
            state.mode = .normal
            return []
        default:
            return []
        }
        editor.scroll.keepVisible(rows: LayerLayout.rows(state.size), count: state.scenario.workloads[editor.row].layers.count)
        state.mode = .layers(editor)
        return effects
    }

    /// Typing a layer's id or size: Enter applies (and stays in the editor), Esc cancels the cell.
    static func layerTyping(_ state: inout DashboardState, _ editor: LayerEditor, _ action: Action) -> [Effect] {
        var editor = editor
        guard var field = editor.field else { return [] }
        let cursor = editor.scroll.cursor
        let (scenarioNow, row, column) = (state.scenario, editor.row, editor.column)
        let result = { (text: String) in
            ScenarioEdits.setLayer(row: row, layer: cursor, column: column, to: text, in: scenarioNow)
        }
        if field.apply(action) {
            editor.field = field
            if case .failure(let problem) = result(field.text) { editor.problem = problem.reason } else { editor.problem = nil }
            state.mode = .layers(editor)
            return []
        }
        switch action {
        case .cancel:
            editor.field = nil
            editor.problem = nil
            state.mode = .layers(editor)
            return []
        case .confirm:
            switch result(field.text) {
            case .failure(let problem):
                editor.problem = problem.reason
                state.mode = .layers(editor)
                state.status = .edit("not applied: \(problem.reason)", kind: .error)
                return []
            case .success(let scenario):
                editor.field = nil
                editor.problem = nil
                state.mode = .layers(editor)
                if scenario == state.scenario { return [] }
                let effects = apply(&state, .success(scenario)) { layerMessage($0, row: editor.row, layer: cursor) }
                state.mode = .layers(editor)
                return effects
            }
        default:
            return []
        }
    }

    static func layerMessage(_ scenario: Scenario, row: Int, layer: Int) -> String {
        let workload = scenario.workloads[row]
        guard workload.layers.indices.contains(layer) else { return "\(workload.name): layers changed" }
        let entry = workload.layers[layer]
        return "\(workload.name): layer \(entry.id) \(Readable.mib(entry.sizeMiB)), image \(Readable.mib(workload.imageMiB))"
    }
}

/// Where the layer editor goes.
public enum LayerLayout {
    /// The box: centred, up to 70 columns, as tall as the layers need (the screen at most).
    public static func box(_ size: TerminalSize, layers: Int) -> Rect {
        let width = min(size.width - 4, 70)
        let height = min(size.height - 4, max(6, layers + 5))
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// Layer rows visible at this size.
    public static func rows(_ size: TerminalSize) -> Int { max(1, size.height - 4 - 5) }
}
