# Finds Google's libphonenumber and defines libphonenumber::phonenumber.
#
# Its own CMake package is used when one is installed (upstream's install,
# vcpkg, Conan). Debian's libphonenumber-dev ships neither a CMake package
# nor a pkg-config file, only the headers and libphonenumber.so, so the
# library is otherwise found by name. The installed wa-participants package
# config uses this file too (find_dependency, static builds only).
#
#   libphonenumber_FOUND, libphonenumber::phonenumber

find_package(libphonenumber CONFIG QUIET)
if(libphonenumber_FOUND)
  # Upstream names its shared library libphonenumber::phonenumber-shared.
  if(NOT TARGET libphonenumber::phonenumber AND TARGET libphonenumber::phonenumber-shared)
    add_library(libphonenumber::phonenumber INTERFACE IMPORTED)
    target_link_libraries(libphonenumber::phonenumber INTERFACE libphonenumber::phonenumber-shared)
  endif()
  if(TARGET libphonenumber::phonenumber)
    return()
  endif()
endif()

find_path(LIBPHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(LIBPHONENUMBER_LIBRARY NAMES phonenumber)
# Its API's PhoneNumber is a protobuf message, so code using it links
# protobuf too (upstream's pkg-config file says "Requires: protobuf"); with
# UBSan's vptr checks, say, the objects refer to protobuf's type info.
find_library(LIBPHONENUMBER_PROTOBUF_LIBRARY NAMES protobuf)
mark_as_advanced(LIBPHONENUMBER_INCLUDE_DIR LIBPHONENUMBER_LIBRARY LIBPHONENUMBER_PROTOBUF_LIBRARY)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(libphonenumber
  REQUIRED_VARS LIBPHONENUMBER_LIBRARY LIBPHONENUMBER_INCLUDE_DIR LIBPHONENUMBER_PROTOBUF_LIBRARY)

if(libphonenumber_FOUND AND NOT TARGET libphonenumber::phonenumber)
  add_library(libphonenumber::phonenumber UNKNOWN IMPORTED)
  set_target_properties(libphonenumber::phonenumber PROPERTIES
    IMPORTED_LOCATION "${LIBPHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBPHONENUMBER_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${LIBPHONENUMBER_PROTOBUF_LIBRARY}")
endif()
