// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vplan-tui", targets: ["vplan-tui"]),
        .library(name: "PlannerCore", targets: ["PlannerCore"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
        .library(name: "Importers", targets: ["Importers"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "PlannerCore",
            // The packer's search is arithmetic-heavy: unoptimised it runs ~50x slower, which would
            // make `swift run vplan-tui` (a debug build) plan in seconds instead of milliseconds.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Benchmark and test inputs: BPPLIB instances, synthetic fleets, random scenarios.
        .target(
            name: "Fixtures",
            dependencies: ["PlannerCore"]
        ),
        // Process-wide C state (signal handlers, terminal restore bytes, temporary files to remove):
        // a real C target, so each piece of state is defined once, whatever Swift inlines.
        .target(name: "CProcess"),
        // Files: reading inputs (FIFOs and pipes included) and writing outputs as a careful editor does.
        .target(
            name: "Storage",
            dependencies: ["PlannerCore", "CProcess"]
        ),
        .target(
            name: "Dashboard",
            dependencies: ["PlannerCore", "Storage"]
        ),
        .target(
            name: "Importers",
            dependencies: [
                "PlannerCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "vplan-tui",
            dependencies: [
                "PlannerCore",
                "Dashboard",
                "Importers",
                "Storage",
                "Fixtures",
                "CNcurses",
                "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the package root, snapshots (one recording variable), the
        // CLI runner, reducer helpers and canned plans. Only test targets depend on it.
        .target(
            name: "TestSupport",
            dependencies: ["PlannerCore", "Dashboard", "Storage"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: ["PlannerCore", "Fixtures", "Storage", "TestSupport"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["vplan-tui", "PlannerCore", "TestSupport"],
            exclude: ["BadInput"]
        ),
        .testTarget(
            name: "ImportersTests",
            dependencies: ["Importers", "PlannerCore", "Storage"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "PlannerCore", "TestSupport"]
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "PlannerCore", "Storage", "TestSupport"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
