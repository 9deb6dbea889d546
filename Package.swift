// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vplan-tui", targets: ["vplan-tui"]),
        .library(name: "PlannerCore", targets: ["PlannerCore"]),
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
        .executableTarget(
            name: "vplan-tui",
            dependencies: [
                "PlannerCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: ["PlannerCore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
