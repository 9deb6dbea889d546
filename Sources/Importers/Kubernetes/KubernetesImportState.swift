import PlannerCore

/// The importer's running state: workloads so far, names taken, warnings, skipped kinds, and the
/// pod templates whose scheduling constraints are resolved at the end.
struct KubernetesImportState {
    let options: KubernetesImportOptions
    let runtimeClasses: [String: PodOverhead]
    var workloads: [Workload] = []
    /// The scenario's `container.runtimeClasses`: every RuntimeClass (or pod overhead) a pod used.
    var usedRuntimeClasses: [String: RuntimeClass] = [:]
    var warnings: [String] = []
    var skipped = SkipCounter()
    var objectNames: UniqueNames
    var workloadNames: UniqueNames
    var defaultedImages: Set<String> = []
    /// Layers of all workloads so far (`ImportLimits.maximumLayerReferences`).
    var layerReferences = 0
    /// Workload indices of DaemonSet pods, with the DaemonSet's label for the warning.
    var daemons: [(indices: [Int], place: String)] = []
    /// Every imported pod template with its labels and scheduling constraints, resolved into
    /// spread and anti-affinity once all objects are read (`applyScheduling`).
    var scheduling: [PodScheduling] = []

    init(options: KubernetesImportOptions, runtimeClasses: [String: PodOverhead], objectNames: Set<String>) {
        self.options = options
        self.runtimeClasses = runtimeClasses
        self.objectNames = UniqueNames(reserving: objectNames)
        self.workloadNames = UniqueNames(reserving: objectNames)
    }

    /// One app container of a pod template, read.
    private struct AppContainer {
        var name: String
        var image: String?
        var demand: ContainerDemand
    }

    /// Adds an object's pod: one workload a container (app containers, then sidecars), in a pod of
    /// their own when there are more than one.
    mutating func add(_ object: KubernetesObject, kind: WorkloadKind) throws(ScenarioError) {
        let location = object.node.location
        let place = "\(location.file): document \(location.document): \(object.label)"
        let spec = try kind.podSpec(object)
        let replicas = try kind.replicas(object)
        let (appNodes, initOnly) = try Self.containerNodes(of: spec)
        var containers: [AppContainer] = []
        for node in appNodes { containers.append(try appContainer(node, place: place)) }
        try checkInitContainers(initOnly, against: containers, place: place)
        let runtimeClass = try podRuntimeClass(spec: spec, object: object, place: place)
        warnAboutKind(kind, of: object, replicas: replicas, place: place)
        let stateful = kind == .stateful ? true : try claimsState(spec, place: place)

        let objectName = objectNames.claim(object.name)
        if objectName.renamed {
            warnings.append("\(place): the name \(object.name) is already taken; imported as \(objectName.name)")
        }
        let inPod = containers.count > 1
        var indices: [Int] = []
        for container in containers {
            try checkRoomForWorkload(of: object)
            let containerLayers = layers(container.image, container: container.name, place: place)
            try countLayers(containerLayers.count, of: object)
            let wanted = inPod ? Self.memberName(object: objectName.name, container: container.name) : objectName.name
            let name = workloadNames.claim(wanted)
            if name.renamed { warnings.append("\(place): workload name \(wanted) is already taken; renamed \(name.name)") }
            indices.append(workloads.count)
            workloads.append(
                Workload(
                    name: name.name, cpuCores: container.demand.cpuCores, memoryMiB: container.demand.memoryMiB,
                    replicas: replicas, pod: inPod ? objectName.name : nil, stateful: stateful,
                    model: .container, layers: containerLayers))
            workloads[workloads.count - 1].runtimeClass = runtimeClass
            workloads[workloads.count - 1].gpus = container.demand.gpus
            workloads[workloads.count - 1].diskGiB = container.demand.diskGiB
        }
        if kind == .daemon { daemons.append((indices, place)) }
        scheduling.append(try PodScheduling.read(object, kind: kind, spec: spec, place: place, workloads: indices))
    }

    /// Whether a pod keeps state of its own: it mounts a PersistentVolumeClaim (`spec.volumes[]`
    /// with `persistentVolumeClaim`). A Deployment or ReplicaSet that does (a database deployed
    /// without a StatefulSet) is imported as stateful, with a note: it can never be a function.
    private mutating func claimsState(_ spec: DocumentNode, place: String) throws(ScenarioError) -> Bool {
        var claims: [String] = []
        for volume in try spec.sequence("volumes") ?? [] where volume.isMapping {
            guard let claim = try volume.mapping("persistentVolumeClaim") else { continue }
            claims.append(try claim.scalar("claimName") ?? "(unnamed)")
        }
        guard !claims.isEmpty else { return false }
        warnings.append(
            "\(place): mounts PersistentVolumeClaim \(claims.joined(separator: ", ")); imported as stateful (never planned as a function)"
        )
        return true
    }

    /// A pod spec's containers: the app containers followed by the sidecars (init containers that
    /// keep running, `restartPolicy: Always`), and the init containers that only run first.
    private static func containerNodes(
        of spec: DocumentNode
    ) throws(ScenarioError) -> (app: [DocumentNode], initOnly: [DocumentNode]) {
        guard let containerNodes = try spec.sequence("containers"), !containerNodes.isEmpty else {
            throw spec.error("missing or empty; a pod needs at least one container", key: "containers")
        }
        var sidecars: [DocumentNode] = []
        var initOnly: [DocumentNode] = []
        for node in try spec.sequence("initContainers") ?? [] {
            guard node.isMapping else { throw node.error("expected a container, found \(node.shape)") }
            if try node.scalar("restartPolicy") == "Always" { sidecars.append(node) } else { initOnly.append(node) }
        }
        return (containerNodes + sidecars, initOnly)
    }

    /// An app container (or sidecar), read; a warning for each request planned with the default
    /// and for the resources vplan does not plan.
    private mutating func appContainer(_ node: DocumentNode, place: String) throws(ScenarioError) -> AppContainer {
        guard node.isMapping else { throw node.error("expected a container, found \(node.shape)") }
        guard let name = try node.scalar("name"), !name.isEmpty else { throw node.error("missing", key: "name") }
        let demand = try ContainerDemand.read(node, defaults: options.defaults)
        for value in demand.defaulted {
            let planned =
                value == "CPU"
                ? "\(Format.cores(options.defaults.cpuCores)) cores"
                : "\(Format.mib(options.defaults.memoryMiB)) MiB"
            let what = demand.zero.contains(value) ? "asks for 0 \(value)" : "has no \(value) request or limit"
            warnings.append("\(place): container \(name) \(what); planned with \(planned) (the scheduler's default)")
        }
        if !demand.unplanned.isEmpty {
            warnings.append(
                "\(place): container \(name) asks for \(demand.unplanned.joined(separator: ", ")), which vplan does not plan")
        }
        return AppContainer(name: name, image: try node.scalar("image"), demand: demand)
    }

    /// A warning for the kinds whose planning assumes something: an unknown kind is read from its
    /// pod template, batch work is planned as if it always ran.
    private mutating func warnAboutKind(_ kind: WorkloadKind, of object: KubernetesObject, replicas: Int, place: String) {
        switch kind {
        case .unknownTemplate:
            warnings.append(
                "\(place): \(object.kind) is not a kind vplan knows; imported from its pod template (spec.template) with spec.replicas"
            )
        case .batch where object.kind == "CronJob":
            warnings.append(
                "\(place): batch work on a schedule; planned as \(replicas) replica\(replicas == 1 ? "" : "s") "
                    + "(the job's parallelism) as if a run were always active")
        case .batch:
            warnings.append(
                "\(place): batch work that ends; planned as \(replicas) replica\(replicas == 1 ? "" : "s") (its parallelism) while it runs"
            )
        default: break
        }
    }

    /// Room for one more workload of `object`: a scenario holds at most `ImportLimits.maximumWorkloads`.
    private func checkRoomForWorkload(of object: KubernetesObject) throws(ScenarioError) {
        guard workloads.count < ImportLimits.maximumWorkloads else {
            throw Self.overLimit(object, "\(ImportLimits.maximumWorkloads) workloads in all, the limit of a scenario")
        }
    }

    /// Counts a container's image layers: an import lists at most `ImportLimits.maximumLayerReferences`.
    private mutating func countLayers(_ count: Int, of object: KubernetesObject) throws(ScenarioError) {
        layerReferences += count
        guard layerReferences <= ImportLimits.maximumLayerReferences else {
            throw Self.overLimit(
                object,
                "\(ImportLimits.maximumLayerReferences) image layers in all (each container lists its image's layers), "
                    + "the limit of an import")
        }
    }

    /// `object` would take the import past a limit: "<object> would make more than <what>".
    private static func overLimit(_ object: KubernetesObject, _ what: String) -> ScenarioError {
        let location = object.node.location
        return ScenarioError(
            file: location.file, at: .document(location.document, nil), reason: "\(object.label) would make more than \(what)")
    }

    /// A pod member's workload name: `<object>-<container>`, or the container's own name when it
    /// already is the object's name or starts with `<object>-` (`rabbitmq`, `rabbitmq-exporter`).
    static func memberName(object: String, container: String) -> String {
        container == object || container.hasPrefix("\(object)-") ? container : "\(object)-\(container)"
    }

    /// Init containers run before the app containers and are done by the steady state, so they add
    /// nothing; a warning says when one asks for more than the app containers together.
    private mutating func checkInitContainers(
        _ nodes: [DocumentNode], against containers: [AppContainer], place: String
    ) throws(ScenarioError) {
        let appCpu = containers.reduce(0) { $0 + $1.demand.cpuMillicores }
        let appMemory = containers.reduce(0) { $0 + $1.demand.memoryBytes }
        let appDisk = containers.reduce(0) { $0 + $1.demand.diskBytes }
        for node in nodes {
            let name = try node.scalar("name") ?? "(unnamed)"
            let demand = try ContainerDemand.read(node, defaults: KubernetesDefaults(cpuCores: 0, memoryMiB: 0), planned: false)
            var larger: [String] = []
            if demand.cpuMillicores > appCpu { larger.append("CPU") }
            if demand.memoryBytes > appMemory { larger.append("memory") }
            if demand.diskBytes > appDisk { larger.append("local disk") }
            if !larger.isEmpty {
                warnings.append(
                    "\(place): init container \(name) asks for more \(larger.joined(separator: " and ")) than the app containers; "
                        + "only the steady state (app containers) is planned")
            }
        }
    }

    /// The runtime class of a pod: its RuntimeClass's `overhead.podFixed` (or the pod's own
    /// `spec.overhead`) becomes an entry of `container.runtimeClasses` and the pod's workloads name
    /// it, so the overhead is charged per pod that uses it and the containers' requests stay
    /// exactly as in the manifest. Nil when the pod has no overhead.
    private mutating func podRuntimeClass(
        spec: DocumentNode, object: KubernetesObject, place: String
    ) throws(ScenarioError) -> String? {
        let className = try spec.scalar("runtimeClassName")
        var overhead = try PodOverhead.podSpec(spec)
        var name = className
        if overhead != nil, className == nil { name = "\(object.name)-overhead" }
        if overhead == nil, let className {
            if let known = runtimeClasses[className] {
                overhead = known
            } else {
                warnings.append("\(place): RuntimeClass \(className) is not in the input; no pod overhead added")
            }
        }
        guard let overhead, !overhead.isZero, let name else { return nil }
        let entry = RuntimeClass(
            podOverheadMiB: overhead.memoryBytes / 1_048_576, podOverheadCpuCores: overhead.cpuMillicores / 1000)
        if let existing = usedRuntimeClasses[name], existing != entry {
            warnings.append("\(place): pod overhead differs from the other pods of runtime class \(name); the first is kept")
            return name
        }
        usedRuntimeClasses[name] = entry
        return name
    }

    /// The layers of an image: its manifest's (digest, compressed MiB), else one layer named by the
    /// reference with the default size (one warning per image).
    private mutating func layers(_ image: String?, container: String, place: String) -> [ImageLayer] {
        guard let image, !image.isEmpty else {
            warnings.append("\(place): container \(container) names no image; it has no layers")
            return []
        }
        if let known = options.images.image(for: image), let layers = known.layers {
            return layers.map { ImageLayer(id: $0.digest, sizeMiB: Double($0.bytes) / 1_048_576) }
        }
        if defaultedImages.insert(image).inserted {
            warnings.append(
                "image \(image): no manifest given (--images); planned as one layer of \(Format.mib(options.defaults.imageMiB)) MiB"
            )
        }
        return [ImageLayer(id: image, sizeMiB: options.defaults.imageMiB)]
    }

    /// DaemonSets run one pod per host: required host spread (maxSkew 1), and replicas =
    /// `--daemonset-hosts`, else the host count of the container plan, found by planning again
    /// with that many daemon pods until the count settles.
    mutating func setDaemonReplicas() {
        guard !daemons.isEmpty else { return }
        let all = daemons.flatMap(\.indices)
        // One pod per host, as the DaemonSet controller places them: required host spread.
        for index in all { workloads[index].spread = Spread(topology: .host, maxSkew: 1, required: true) }
        var how = "given with --daemonset-hosts"
        var hosts = options.daemonSetHosts ?? 1
        if options.daemonSetHosts == nil {
            how = "the active hosts of the container plan, daemons included"
            var scenario = ScenarioBase.scenario(base: options.base, name: "daemonset estimate", notes: [], workloads: workloads)
            // The host the import will give them: enough GPUs and local disk for the largest pod.
            _ = KubernetesImporter.fitHost(&scenario)
            var estimate = 0
            for _ in 0..<10 {
                for index in all { scenario.workloads[index].replicas = max(estimate, 1) }
                guard ScenarioValidator.errors(in: scenario).isEmpty,
                    let plan = try? Planner().plan(scenario, model: .container)
                else {
                    estimate = 1
                    how = "1, as the scenario could not be planned to estimate its host count"
                    break
                }
                let next = max(1, plan.activeHosts)
                if next <= estimate { break }
                estimate = next
            }
            hosts = max(1, estimate)
        }
        for index in all { workloads[index].replicas = hosts }
        for daemon in daemons {
            warnings.append(
                "\(daemon.place): a DaemonSet runs one pod per host; planned as \(hosts) replica\(hosts == 1 ? "" : "s") (\(how))"
            )
        }
    }
}
