# Conan 2 recipe: `conan create .` builds and packages wa-participants from this
# tree; test_package/ is the consumer it then builds.
from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load
import os
import re


class WaParticipantsConan(ConanFile):
    name = "wa-participants"
    license = "Apache-2.0"
    url = "https://github.com/wa-participants/wa-participants"
    description = "C++17 client SDK for the WhatsApp group-participant APIs (Z-API, RyzeAPI)"
    topics = ("whatsapp", "sdk", "http", "z-api", "ryzeapi")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    # with_libphonenumber: check phone numbers against numbering plans (needed for
    # ClientOptions::default_region); without it only international forms are accepted.
    options = {"shared": [True, False], "fPIC": [True, False], "with_libphonenumber": [True, False]}
    default_options = {"shared": False, "fPIC": True, "with_libphonenumber": True}
    exports_sources = ("CMakeLists.txt", "cmake/*", "include/*", "src/*", "LICENSE")

    def set_version(self):
        # The version is set once, in CMakeLists.txt's project() call.
        text = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        self.version = re.search(r"project\(wa-participants VERSION ([0-9.]+)", text).group(1)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("libcurl/[>=7.88 <9]")
        self.requires("nlohmann_json/[>=3.11 <4]")
        if self.options.with_libphonenumber:
            self.requires("libphonenumber/[>=8.12 <10]")

    def generate(self):
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        for option in ("TESTS", "TOOLS", "MOCKS", "EXAMPLES", "BENCH", "FUZZ"):
            tc.cache_variables[f"WA_PARTICIPANTS_BUILD_{option}"] = False
        tc.cache_variables["WA_PARTICIPANTS_INSTALL"] = True
        tc.cache_variables["WA_PARTICIPANTS_WITH_LIBPHONENUMBER"] = bool(
            self.options.with_libphonenumber)
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        CMake(self).install()

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "wa-participants")
        self.cpp_info.set_property("cmake_target_name", "wa::participants")
        self.cpp_info.set_property("pkg_config_name", "wa-participants")
        self.cpp_info.libs = ["wa-participants"]
        self.cpp_info.requires = ["libcurl::libcurl", "nlohmann_json::nlohmann_json"]
        if self.options.with_libphonenumber:
            self.cpp_info.requires.append("libphonenumber::phonenumber")
        if not self.options.shared:
            self.cpp_info.defines = ["WA_PARTICIPANTS_STATIC"]
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["pthread"]
