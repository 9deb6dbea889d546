import PlannerCore

/// One Kubernetes object of the input: its kind, name and namespace, and its node. A kubectl list
/// (`kind: List` or `…List`, with `items`) is expanded into its items, whose paths read `items[3]…`;
/// items without a kind take it from the list's kind (`PodList` → `Pod`), as the API server omits it.
struct KubernetesObject {
    var kind: String
    var name: String
    var namespace: String?
    /// `metadata.ownerReferences`: a Pod made by a ReplicaSet, a ReplicaSet made by a Deployment.
    var owners: [Owner] = []
    var node: DocumentNode

    /// `Deployment frontend` (with `namespace/` when there is one), for messages.
    var label: String { "\(kind) \(namespace.map { "\($0)/" } ?? "")\(name)" }

    /// Every object of one document, lists expanded (nested lists too).
    static func objects(in document: DocumentNode) throws(ScenarioError) -> [KubernetesObject] {
        if document.isNull { return [] }
        guard document.isMapping else {
            throw document.error("expected a Kubernetes object (a mapping with apiVersion and kind), found \(document.shape)")
        }
        return try objects(document, inheritedKind: nil)
    }

    private static func objects(_ node: DocumentNode, inheritedKind: String?) throws(ScenarioError) -> [KubernetesObject] {
        guard node.isMapping else { throw node.error("expected a Kubernetes object, found \(node.shape)") }
        guard let kind = try node.scalar("kind") ?? inheritedKind else { throw node.error("missing", key: "kind") }
        if kind.hasSuffix("List"), let items = node.member("items") {
            let itemKind = kind == "List" ? nil : String(kind.dropLast(4))
            var result: [KubernetesObject] = []
            for item in try items.elements() {
                result += try objects(item, inheritedKind: itemKind)
            }
            return result
        }
        let metadata = try node.mapping("metadata")
        var name = try metadata?.scalar("name")
        if name == nil, let generated = try metadata?.scalar("generateName") {
            name = generated.hasSuffix("-") ? String(generated.dropLast()) : generated
        }
        guard let name, !name.isEmpty else {
            throw (metadata ?? node).error("missing", key: metadata == nil ? "metadata" : "name")
        }
        var owners: [Owner] = []
        for reference in try metadata?.sequence("ownerReferences") ?? [] {
            guard reference.isMapping, let ownerKind = try reference.scalar("kind"), let ownerName = try reference.scalar("name")
            else { continue }
            owners.append(Owner(kind: ownerKind, name: ownerName))
        }
        return [
            KubernetesObject(
                kind: kind, name: name, namespace: try metadata?.scalar("namespace"), owners: owners, node: node)
        ]
    }

    /// An object named in `metadata.ownerReferences`: the controller that creates this one.
    struct Owner: Hashable {
        var kind: String
        var name: String
    }

    /// Identity within the input: kind, namespace and name.
    var identity: String { "\(kind)/\(namespace ?? "")/\(name)" }

    /// The identity of an owner, which lives in the same namespace.
    func identity(of owner: Owner) -> String { "\(owner.kind)/\(namespace ?? "")/\(owner.name)" }
}
