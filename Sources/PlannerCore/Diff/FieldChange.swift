/// One key whose value differs between the two sides: `replicas` 3 → 4, `host.cpuCores` 32 → 48,
/// `instances.vm` 3 → 4. A side without the key has nil.
public struct FieldChange: Sendable, Equatable {
    /// The key's path (`layers[0].sizeMiB`, `host.failoverHosts`).
    public var key: String
    public var a: JSONValue?
    public var b: JSONValue?

    public init(key: String, a: JSONValue?, b: JSONValue?) {
        self.key = key
        self.a = a
        self.b = b
    }

    /// The keys whose values differ between two documents, flattened to paths (objects by key,
    /// lists of objects or lists by index; a list of plain values is one value), in A's order,
    /// then B's keys that A lacks.
    static func changes(_ a: JSONValue, _ b: JSONValue) -> [FieldChange] {
        let left = flattened(a)
        let right = flattened(b)
        let rightValues = Dictionary(right, uniquingKeysWith: { first, _ in first })
        let leftKeys = Set(left.map(\.0))
        var changes: [FieldChange] = []
        for (key, value) in left where rightValues[key] != value {
            changes.append(FieldChange(key: key, a: value, b: rightValues[key]))
        }
        for (key, value) in right where !leftKeys.contains(key) {
            changes.append(FieldChange(key: key, a: nil, b: value))
        }
        return changes
    }

    /// Every leaf of a document with its path.
    static func flattened(_ value: JSONValue, prefix: String = "") -> [(String, JSONValue)] {
        switch value {
        case .object(let members):
            return members.flatMap { key, member in flattened(member, prefix: prefix.isEmpty ? key : "\(prefix).\(key)") }
        case .array(let elements) where elements.contains(where: \.isContainer):
            return elements.enumerated().flatMap { index, element in flattened(element, prefix: "\(prefix)[\(index)]") }
        default:
            return [(prefix, value)]
        }
    }
}

extension JSONValue {
    /// An object or a list.
    var isContainer: Bool {
        switch self {
        case .object, .array: return true
        default: return false
        }
    }
}
