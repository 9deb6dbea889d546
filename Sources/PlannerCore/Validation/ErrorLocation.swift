/// Where in an input a problem is, as a value (the dashboard and tests read it without parsing a
/// message); its description is the text messages show between the file and the reason.
public enum ErrorLocation: Sendable, Hashable, CustomStringConvertible {
    /// A field: `workloads[2].memoryMiB`, `host.cpuCores`, `manifests`.
    case field(FieldPath)
    /// A place in a text file, 1-based: `line 3, column 15`.
    case position(line: Int, column: Int)
    /// A line of a table (CSV), and a column by its header's name: `line 7`, `line 7: Memory`.
    case row(Int, column: String?)
    /// A document of a multi-document file (1-based), and a field in it: `document 2: spec.replicas`.
    case document(Int, FieldPath?)

    public var description: String {
        switch self {
        case .field(let path): return path.description
        case .position(let line, let column): return "line \(line), column \(column)"
        case .row(let line, let column): return column.map { "line \(line): \($0)" } ?? "line \(line)"
        case .document(let index, let path): return path.map { "document \(index): \($0)" } ?? "document \(index)"
        }
    }
}

/// A path of keys and indices into a document: `workloads[2].memoryMiB`,
/// `spec.template.spec.containers[0].resources.requests.memory`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }

    /// Reads the text form (`a.b[2].c`); a bracket that holds no whole number stays part of its key,
    /// so the description gives back the text it was read from.
    public init(parsing text: String) {
        var components: [Component] = []
        var key = ""
        var index = text.startIndex
        func flush() {
            if !key.isEmpty { components.append(.key(key)) }
            key = ""
        }
        while index < text.endIndex {
            let character = text[index]
            if character == ".", !key.isEmpty || components.last.map({ if case .index = $0 { true } else { false } }) == true {
                flush()
                index = text.index(after: index)
                continue
            }
            if character == "[", let close = text[index...].firstIndex(of: "]"),
                let number = Int(text[text.index(after: index)..<close]), number >= 0,
                !text[text.index(after: index)..<close].hasPrefix("+")
            {
                flush()
                components.append(.index(number))
                index = text.index(after: close)
                continue
            }
            key.append(character)
            index = text.index(after: index)
        }
        flush()
        self.components = components
    }

    public init(stringLiteral value: String) { self.init(parsing: value) }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The workload a path points into (`workloads[3]…` → 3), if any.
    public var workloadIndex: Int? {
        guard components.count >= 2, components[0] == .key("workloads"), case .index(let index) = components[1] else {
            return nil
        }
        return index
    }

    /// The path inside its workload (`workloads[3].layers[0].id` → `layers[0].id`).
    public var withinWorkload: FieldPath? {
        guard workloadIndex != nil else { return nil }
        return FieldPath(Array(components.dropFirst(2)))
    }
}
