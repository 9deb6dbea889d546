import PlannerCore

/// Finds the imported pod templates a label selector selects in a namespace without comparing
/// every template with every selector: templates are indexed by namespace, label key and label
/// value, a selector compares only the templates that satisfy its rarest requirement, and each
/// distinct selector is looked up once. Comparisons count against
/// `ImportLimits.maximumSelectorComparisons`.
struct PodSelectorIndex {
    /// A namespace, a label key and, for `In` and `matchLabels`, one of its values.
    private struct Entry: Hashable {
        var namespace: String?
        var key: String?
        var value: String?
    }

    /// A selector asked within one namespace.
    private struct Question: Hashable {
        var namespace: String?
        var selector: LabelSelector
    }

    private let labels: [[String: String]]
    private var entries: [Entry: [Int]] = [:]
    private var answers: [Question: [Int]] = [:]
    private var comparisons = 0

    /// Indexes every template of `pods`; positions in the answers are positions in `pods`.
    init(_ pods: [PodScheduling]) {
        labels = pods.map(\.labels)
        for (position, pod) in pods.enumerated() {
            entries[Entry(namespace: pod.namespace), default: []].append(position)
            for (key, value) in pod.labels {
                entries[Entry(namespace: pod.namespace, key: key), default: []].append(position)
                entries[Entry(namespace: pod.namespace, key: key, value: value), default: []].append(position)
            }
        }
    }

    /// The templates a selector selects other than the asking one, kept as the shared answer of
    /// the index (a selector of every pod is one list, not one copy per asker).
    struct Selection {
        /// Every selected template, sorted; it may hold the asker.
        fileprivate var positions: [Int]
        fileprivate var asker: Int

        /// Whether the asker is among `positions` (a binary search).
        private var holdsAsker: Bool {
            var (low, high) = (0, positions.count)
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < asker { low = middle + 1 } else { high = middle }
            }
            return low < positions.count && positions[low] == asker
        }

        var count: Int { positions.count - (holdsAsker ? 1 : 0) }
        var isEmpty: Bool { count == 0 }
        /// The first `limit` templates, for messages.
        func prefix(_ limit: Int) -> [Int] { Array(positions.lazy.filter { $0 != asker }.prefix(limit)) }
        /// All of them, in input order.
        var all: [Int] { positions.filter { $0 != asker } }
    }

    /// The templates of `namespace` other than `pods[asker]` whose labels `selector` matches; the
    /// asker is named when the comparisons pass the import's limit.
    mutating func select(
        _ selector: LabelSelector, namespace: String?, asker: Int, pods: [PodScheduling]
    ) throws(ScenarioError) -> Selection {
        Selection(positions: try positions(selector, namespace: namespace, asker: pods[asker]), asker: asker)
    }

    /// The positions, in input order, of the templates of `namespace` whose labels `selector`
    /// matches, computed once per distinct question.
    private mutating func positions(
        _ selector: LabelSelector, namespace: String?, asker: PodScheduling
    ) throws(ScenarioError) -> [Int] {
        let question = Question(namespace: namespace, selector: selector)
        if let known = answers[question] { return known }
        let candidates = candidates(selector, namespace: namespace)
        comparisons += candidates.count
        guard comparisons <= ImportLimits.maximumSelectorComparisons else {
            throw asker.overLimit(
                "\(ImportLimits.maximumSelectorComparisons) label selector comparisons, the limit of an import")
        }
        let answer = candidates.filter { selector.matches(labels[$0]) }
        answers[question] = answer
        return answer
    }

    /// The templates that satisfy the selector's rarest requirement (all of the namespace for an
    /// empty selector), sorted. Requirements are sized first and only the rarest list is built.
    private func candidates(_ selector: LabelSelector, namespace: String?) -> [Int] {
        var best: [Entry] = [Entry(namespace: namespace)]
        var bestCount = entries[best[0]]?.count ?? 0
        for requirement in selector.requirements {
            // A template has one value per key, so the lists of distinct values are disjoint.
            let keys =
                requirement.values.map { values in
                    Set(values).map { Entry(namespace: namespace, key: requirement.key, value: $0) }
                } ?? [Entry(namespace: namespace, key: requirement.key)]
            let count = keys.reduce(0) { $0 + (entries[$1]?.count ?? 0) }
            if count < bestCount { (best, bestCount) = (keys, count) }
        }
        return best.flatMap { entries[$0] ?? [] }.sorted()
    }
}
