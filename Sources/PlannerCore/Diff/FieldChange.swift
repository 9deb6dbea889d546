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

    /// The keys whose values differ between two documents, by path: objects are followed key by
    /// key (A's order, then the keys only B has) and lists of objects index by index; a list of
    /// plain values, and a key or list element only one side has, is one value.
    static func changes(_ a: JSONValue, _ b: JSONValue) -> [FieldChange] { changes(a, b, at: "") }

    private static func changes(_ a: JSONValue?, _ b: JSONValue?, at path: String) -> [FieldChange] {
        func key(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }
        switch (a, b) {
        case (.object(let left)?, .object(let right)?):
            let rightValues = Dictionary(right, uniquingKeysWith: { first, _ in first })
            let leftKeys = Set(left.map(\.0))
            return left.flatMap { name, value in changes(value, rightValues[name], at: key(name)) }
                + right.filter { !leftKeys.contains($0.0) }.flatMap { name, value in changes(nil, value, at: key(name)) }
        case (.array(let left)?, .array(let right)?) where (left + right).contains(where: \.isContainer):
            return (0..<max(left.count, right.count)).flatMap { index in
                changes(
                    left.indices.contains(index) ? left[index] : nil, right.indices.contains(index) ? right[index] : nil,
                    at: "\(path)[\(index)]")
            }
        default:
            return a == b ? [] : [FieldChange(key: path, a: a, b: b)]
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
