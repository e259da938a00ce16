# Checks what can be checked of the vcpkg port and the Conan recipe without
# vcpkg or Conan (neither can be installed on the project's machines):
#  - ports/wa-participants/vcpkg.json parses, names the package, has the
#    project's version and depends on curl;
#  - every -D option the portfile passes, and every feature option, is an
#    option() of CMakeLists.txt;
#  - conanfile.py's version regex finds the version in CMakeLists.txt and its
#    package_info names wa-participants / wa::participants.
# Run with -DSOURCE_DIR=<repo>.
file(READ ${SOURCE_DIR}/CMakeLists.txt top)
string(REGEX MATCH "project\\(wa-participants VERSION ([0-9.]+)" _ "${top}")
set(version "${CMAKE_MATCH_1}")
if(NOT version)
  message(FATAL_ERROR "no version in CMakeLists.txt project()")
endif()

file(READ ${SOURCE_DIR}/ports/wa-participants/vcpkg.json manifest)
string(JSON name ERROR_VARIABLE err GET "${manifest}" name)
if(err)
  message(FATAL_ERROR "vcpkg.json does not parse: ${err}")
endif()
string(JSON port_version GET "${manifest}" version-semver)
if(NOT name STREQUAL "wa-participants" OR NOT port_version STREQUAL version)
  message(FATAL_ERROR "vcpkg.json: name/version ${name}/${port_version}, expected wa-participants/${version}")
endif()
string(JSON ndeps LENGTH "${manifest}" dependencies)
set(has_curl FALSE)
math(EXPR last "${ndeps} - 1")
foreach(i RANGE ${last})
  string(JSON dep GET "${manifest}" dependencies ${i})
  if(dep STREQUAL "curl" OR dep MATCHES "\"name\" *: *\"curl\"")
    set(has_curl TRUE)
  endif()
endforeach()
if(NOT has_curl)
  message(FATAL_ERROR "vcpkg.json does not depend on curl")
endif()

file(READ ${SOURCE_DIR}/ports/wa-participants/portfile.cmake portfile)
string(REGEX MATCHALL "-D(WA_PARTICIPANTS_[A-Z_]+)" flags "${portfile}")
string(REGEX MATCHALL "[a-z]+ (WA_PARTICIPANTS_[A-Z_]+)" features "${portfile}")
set(options ${flags} ${features})
list(LENGTH options n)
if(n EQUAL 0)
  message(FATAL_ERROR "the portfile passes no options")
endif()
foreach(o IN LISTS options)
  string(REGEX REPLACE ".*(WA_PARTICIPANTS_[A-Z_]+)" "\\1" o "${o}")
  if(NOT top MATCHES "option\\(${o} ")
    message(FATAL_ERROR "the portfile sets ${o}, which CMakeLists.txt does not define")
  endif()
endforeach()

file(READ ${SOURCE_DIR}/conanfile.py conan)
string(FIND "${conan}" "project\\(wa-participants VERSION ([0-9.]+)" at)
if(at EQUAL -1)
  message(FATAL_ERROR "conanfile.py no longer reads the version from CMakeLists.txt")
endif()
foreach(needle "\"cmake_file_name\", \"wa-participants\"" "\"cmake_target_name\", \"wa::participants\""
               "\"pkg_config_name\", \"wa-participants\"")
  string(FIND "${conan}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "conanfile.py package_info lacks ${needle}")
  endif()
endforeach()
message(STATUS "vcpkg port and Conan recipe are consistent with CMakeLists.txt (version ${version})")
