# Install and export rules (only when WA_PARTICIPANTS_INSTALL, which defaults
# to PROJECT_IS_TOP_LEVEL): the library, its headers, a CMake package with a
# version file, a relocatable pkg-config file, and the two programs.
include(CMakePackageConfigHelpers)

set(WA_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/wa-participants)

install(TARGETS wa_participants EXPORT wa-participants-targets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(EXPORT wa-participants-targets NAMESPACE wa:: DESTINATION ${WA_CMAKE_DIR})

if(TARGET wa_participants_mocks)
  install(TARGETS wa_participants_mocks EXPORT wa-participants-mocks-targets COMPONENT mocks
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/mocks/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
          COMPONENT mocks)
  install(EXPORT wa-participants-mocks-targets NAMESPACE wa:: DESTINATION ${WA_CMAKE_DIR}
          COMPONENT mocks)
endif()

if(BUILD_SHARED_LIBS)
  set(WA_PARTICIPANTS_STATIC_BUILD OFF)
  set(WA_PC_CFLAGS "")
else()
  set(WA_PARTICIPANTS_STATIC_BUILD ON)
  set(WA_PC_CFLAGS " -DWA_PARTICIPANTS_STATIC")
endif()
# A static library carries libphonenumber to the consumer's link: the
# package config finds it again with the same module the build used.
set(WA_PC_PHONE_LIBS "")
if(WA_PARTICIPANTS_WITH_LIBPHONENUMBER)
  set(WA_PC_PHONE_LIBS " -lphonenumber -lprotobuf")
  if(NOT BUILD_SHARED_LIBS)
    install(FILES ${PROJECT_SOURCE_DIR}/cmake/Findlibphonenumber.cmake DESTINATION ${WA_CMAKE_DIR})
  endif()
endif()

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wa-participantsConfig.cmake.in
  ${PROJECT_BINARY_DIR}/wa-participantsConfig.cmake
  INSTALL_DESTINATION ${WA_CMAKE_DIR})
# Before 1.0 a minor release may break the API, so only x.y.* is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wa-participantsConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/wa-participantsConfig.cmake
              ${PROJECT_BINARY_DIR}/wa-participantsConfigVersion.cmake
        DESTINATION ${WA_CMAKE_DIR})

# pkg-config: paths relative to the .pc file, so the install can be moved.
set(WA_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH WA_PC_TO_PREFIX ${CMAKE_INSTALL_PREFIX}/${WA_PC_DIR} ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" WA_PC_TO_PREFIX "${WA_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/wa-participants.pc.in
               ${PROJECT_BINARY_DIR}/wa-participants.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/wa-participants.pc DESTINATION ${WA_PC_DIR})

if(TARGET wa_participants_cli)
  install(TARGETS wa_participants_cli wa_participants_mock RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
