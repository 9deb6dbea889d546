import Foundation

/// A container image reference (`redis:alpine`, `gcr.io/proj/app:v1`, `busybox@sha256:…`) in the
/// normalised form the Docker tools use: the registry defaults to `docker.io`, a one-part Docker
/// Hub name gets `library/`, and the tag defaults to `latest` when there is no digest.
public struct ImageReference: Sendable, Equatable, Hashable {
    public var registry: String
    public var repository: String
    public var tag: String?
    public var digest: String?

    /// Parses a reference; nil when it is empty or has an empty part.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty, !rest.contains(" ") else { return nil }
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            guard digest.contains(":") else { return nil }
            self.digest = String(digest)
            rest = rest[..<at]
        } else {
            self.digest = nil
        }
        let lastSlash = rest.lastIndex(of: "/")
        let nameStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[nameStart...].lastIndex(of: ":") {
            let tag = rest[rest.index(after: colon)...]
            guard !tag.isEmpty else { return nil }
            self.tag = String(tag)
            rest = rest[..<colon]
        } else {
            self.tag = digest == nil ? "latest" : nil
        }
        var parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        if parts.count > 1, parts[0].contains(".") || parts[0].contains(":") || parts[0] == "localhost" {
            registry = parts.removeFirst()
        } else {
            registry = "docker.io"
        }
        if registry == "index.docker.io" || registry == "registry-1.docker.io" { registry = "docker.io" }
        if registry == "docker.io" && parts.count == 1 { parts.insert("library", at: 0) }
        repository = parts.joined(separator: "/")
    }

    /// `registry/repository` without tag or digest.
    public var name: String { "\(registry)/\(repository)" }

    /// `registry/repository:tag` (or `@digest` when there is no tag): the key images are matched by.
    public var key: String {
        if let tag { return "\(name):\(tag)" }
        return "\(name)@\(digest ?? "")"
    }

    /// The repository's last path part (`frontend` of `…/microservices-demo/frontend`).
    public var shortName: String { repository.split(separator: "/").last.map(String.init) ?? repository }
}
