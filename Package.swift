// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vplan-tui", targets: ["vplan-tui"]),
        .library(name: "PlannerCore", targets: ["PlannerCore"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "PlannerCore",
            dependencies: [.product(name: "Collections", package: "swift-collections")]
        ),
        .target(
            name: "Dashboard",
            dependencies: ["PlannerCore"]
        ),
        .executableTarget(
            name: "vplan-tui",
            dependencies: [
                "PlannerCore",
                "Dashboard",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: ["PlannerCore"]
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "PlannerCore"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
