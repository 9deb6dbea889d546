import PlannerCore

/// Texts to read over the dashboard: the help, the explanation of what is under the cursor, the
/// scenario's notes, the message log; and `w`, which opens where a workload's replicas are.
extension DashboardReducer {
    static func readingCommands(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .toggleHelp:
            state.mode = .reading(Reading(kind: .help, title: "Keys", paragraphs: Explanations.help()))
        case .explain:
            let (title, paragraphs) = Explanations.explain(state)
            state.mode = .reading(Reading(kind: .explanation, title: title, paragraphs: paragraphs))
        case .showNotes:
            state.mode = .reading(
                Reading(kind: .notes, title: "Notes: \(state.scenario.name)", paragraphs: Explanations.notes(state)))
        case .showMessages:
            var reading = Reading(
                kind: .messages, title: "Messages of this session", paragraphs: Explanations.messages(state.log))
            // The log opens at its end: the newest messages.
            let count = ReadingLayout.lines(reading, size: state.size).count
            reading.scroll.scroll(by: count, rows: ReadingLayout.rows(state.size), count: count)
            state.mode = .reading(reading)
        case .whereIs:
            return openReplicas(&state)
        default:
            break
        }
        return []
    }

    /// Scrolling the text; Esc (and the key that opened it) closes it.
    static func readingMode(_ state: inout DashboardState, _ reading: Reading, _ action: Action) -> [Effect] {
        var reading = reading
        let count = ReadingLayout.lines(reading, size: state.size).count
        let rows = ReadingLayout.rows(state.size)
        switch action {
        case .move(.up): reading.scroll.scroll(by: -1, rows: rows, count: count)
        case .move(.down): reading.scroll.scroll(by: 1, rows: rows, count: count)
        case .page(let pages): reading.scroll.scroll(by: pages * rows, rows: rows, count: count)
        case .jump(let toEnd): reading.scroll.scroll(by: toEnd ? count : -count, rows: rows, count: count)
        case .cancel, .confirm:
            state.mode = .normal
            return []
        case .quit:
            return quit(&state)
        default:
            return []
        }
        state.mode = .reading(reading)
        return []
    }
}
