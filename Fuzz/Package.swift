// swift-tools-version: 6.1
// libFuzzer harnesses for Dyad's parsers: build and run them with `bash scripts/fuzz` from the repository root.
// A package of its own so that the main build never links libFuzzer.
import PackageDescription

let package = Package(
    name: "DyadFuzz",
    dependencies: [.package(name: "Dyad", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "FuzzArticles",
            dependencies: [
                "CFuzzer", .product(name: "DyadFormats", package: "Dyad"), .product(name: "DyadModel", package: "Dyad"),
            ]
        ),
        .executableTarget(
            name: "FuzzCoder",
            dependencies: [
                "CFuzzer", .product(name: "DyadCoder", package: "Dyad"), .product(name: "DyadModel", package: "Dyad"),
            ]
        ),
        .executableTarget(
            name: "FuzzDictionaries",
            dependencies: [
                "CFuzzer", .product(name: "DyadCoder", package: "Dyad"), .product(name: "DyadModel", package: "Dyad"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
