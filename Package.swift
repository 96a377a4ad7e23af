// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadModel", targets: ["DyadModel"]),
        .library(name: "DyadCoder", targets: ["DyadCoder"]),
        .library(name: "DyadGraph", targets: ["DyadGraph"]),
        .library(name: "DyadFormats", targets: ["DyadFormats"]),
        .library(name: "DyadRender", targets: ["DyadRender"]),
        .library(name: "DyadStore", targets: ["DyadStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "DyadModel"),
        .target(
            name: "DyadCoder",
            dependencies: ["DyadModel"],
            resources: [.copy("Resources/lexicon")]
        ),
        .target(
            name: "DyadGraph",
            dependencies: ["DyadModel", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(name: "DyadFormats", dependencies: ["DyadModel", "DyadGraph", "DyadCoder"]),
        .target(
            name: "DyadStore",
            dependencies: [
                "DyadModel", "DyadGraph", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "DyadRender", dependencies: ["CGraphviz"]),
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadModel", "DyadCoder", "DyadGraph", "DyadFormats", "DyadRender", "DyadStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DyadModelTests", dependencies: ["DyadModel"]),
        .testTarget(name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadModel"]),
        .testTarget(name: "DyadGraphTests", dependencies: ["DyadGraph", "DyadModel"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DyadFormatsTests",
            dependencies: ["DyadFormats", "DyadGraph", "DyadModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DyadRenderTests", dependencies: ["DyadRender"]),
        .testTarget(name: "DyadStoreTests", dependencies: ["DyadStore", "DyadModel", "DyadGraph"]),
        .testTarget(
            name: "DyadCLITests", dependencies: ["dyad", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
