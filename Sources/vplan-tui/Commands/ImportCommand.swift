import ArgumentParser
import Foundation
import Importers
import PlannerCore
import Storage

/// `vplan-tui import kubernetes|oci|rvtools`: scenarios from what users already have.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a scenario from Kubernetes manifests or an RVTools export; list image sizes from OCI manifests.",
        discussion:
            "The scenario JSON goes to standard output (or --output); a summary goes to standard error. Rules: docs/importers.md.",
        subcommands: [ImportKubernetesCommand.self, ImportOCICommand.self, ImportRVToolsCommand.self])
}

/// Options every scenario-making import shares.
struct ImportOutputOptions: ParsableArguments {
    @Option(name: .long, help: "Take host and model parameters from this scenario file or bundled profile.")
    var host: String?

    @Option(
        name: [.short, .long],
        help: "Write the scenario to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The scenario's name (default: \"Imported from FILE\").")
    var name: String?

    func base() throws(LoadError) -> Scenario? {
        guard let host else { return nil }
        return try ScenarioSource.load(host).scenario
    }

    /// Writes the checked scenario and prints the summary (`ImportResult.output(file:)` says what is checked).
    func emit(_ result: ImportResult) throws {
        let destination = OutputDestination(output)
        let (data, summary) = try result.output(file: destination.name)
        try destination.write(data)
        Console.error(summary)
    }
}

/// Turns `--images` arguments into a catalog.
enum ImageArguments {
    static func catalog(_ arguments: [String], reader: inout InputReader) throws -> ImageCatalog {
        var inputs: [ImageInput] = []
        for argument in arguments {
            let (reference, path) = ImageInput.split(argument, exists: InputReader.exists)
            if let reference {
                inputs.append(ImageInput(reference: reference, file: try reader.read(path)))
            } else {
                // A directory gives every manifest in it, each named after its image.
                inputs += try reader.readFiles(path).map { ImageInput(reference: nil, file: $0) }
            }
        }
        return try ImageCatalog(inputs: inputs)
    }
}

struct ImportKubernetesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kubernetes",
        abstract: "Workloads from Kubernetes manifests (YAML or JSON, multi-document, kubectl lists; - for standard input).")

    @Argument(help: "Manifest files, or directories of .yaml/.yml/.json files.")
    var files: [String]

    @Option(
        name: .long, parsing: .upToNextOption,
        help:
            "Image manifests (OCI, Docker v2, indexes, docker manifest inspect --verbose): FILE named after the image, REF=FILE, or a directory of them."
    )
    var images: [String] = []

    @Option(name: .long, help: "Hosts a DaemonSet runs on (default: the container plan's host count).")
    var daemonsetHosts: Int?

    @OptionGroup var common: ImportOutputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one manifest file (or - for standard input)") }
        if let daemonsetHosts, daemonsetHosts < 1 || daemonsetHosts > Limits.maximumInstances {
            throw ValidationError("--daemonset-hosts must be from 1 to \(Limits.maximumInstances)")
        }
    }

    func run() throws {
        try CommandFailure.exitOnError {
            var reader = InputReader()
            var inputs: [InputFile] = []
            for file in files { inputs += try reader.readFiles(file) }
            let catalog = try ImageArguments.catalog(images, reader: &reader)
            // Named after the arguments, so a directory names the scenario ("Imported from hotel-reservation").
            let name = common.name ?? ScenarioBase.defaultName(files: files.map { $0 == "-" ? "standard input" : $0 })
            let options = KubernetesImportOptions(
                base: try common.base(), name: name, images: catalog, daemonSetHosts: daemonsetHosts)
            try common.emit(try KubernetesImporter.run(inputs, options: options))
        }
    }
}

struct ImportOCICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oci",
        abstract: "Print the layers and compressed sizes of images from their manifests (linux/amd64 from indexes).")

    @Argument(help: "Manifest files named after the image (%2F for /), REF=FILE, or directories of them; - for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one manifest file") }
    }

    func run() throws {
        try CommandFailure.exitOnError {
            var reader = InputReader()
            let catalog = try ImageArguments.catalog(files, reader: &reader)
            Console.out(ImageSizeTable.text(catalog))
            for warning in catalog.warnings {
                Console.error("warning: \(TerminalText.escaped(warning))")
            }
        }
    }
}

extension DiskSize: ExpressibleByArgument {}

struct ImportRVToolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rvtools", abstract: "VM workloads from the vInfo sheet of an RVTools export, saved as CSV.")

    @Argument(help: "The vInfo CSV file (- for standard input).")
    var file: String

    @Flag(name: .long, help: "Plan powered-off and suspended VMs too.")
    var includePoweredOff = false

    @Option(name: .long, help: "Disk figure for each VM's image: provisioned or in-use.")
    var disk: DiskSize = .provisioned

    @OptionGroup var common: ImportOutputOptions

    func run() throws {
        try CommandFailure.exitOnError {
            var reader = InputReader()
            let input = try reader.read(file)
            let options = RVToolsImportOptions(
                base: try common.base(), name: common.name, includePoweredOff: includePoweredOff, disk: disk)
            try common.emit(try RVToolsImporter.run(input, options: options))
        }
    }
}
