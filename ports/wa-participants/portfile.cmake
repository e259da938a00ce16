# vcpkg overlay port: vcpkg install wa-participants --overlay-ports=ports
# Builds from this source tree (SOURCE_PATH = the repository root); a port in
# the public registry would use vcpkg_from_github with a release tag instead.
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
  FEATURES
    mocks WA_PARTICIPANTS_BUILD_MOCKS
    tools WA_PARTICIPANTS_BUILD_TOOLS
    phonenumber WA_PARTICIPANTS_WITH_LIBPHONENUMBER
)

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    ${FEATURE_OPTIONS}
    -DWA_PARTICIPANTS_BUILD_TESTS=OFF
    -DWA_PARTICIPANTS_BUILD_EXAMPLES=OFF
    -DWA_PARTICIPANTS_BUILD_BENCH=OFF
    -DWA_PARTICIPANTS_BUILD_FUZZ=OFF
    -DWA_PARTICIPANTS_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/wa-participants)
vcpkg_fixup_pkgconfig()

if("tools" IN_LIST FEATURES)
  vcpkg_copy_tools(TOOL_NAMES wa-participants wa-participants-mock AUTO_CLEAN)
endif()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
