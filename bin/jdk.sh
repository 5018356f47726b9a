# Sourced by ./mvnw and bin/fivenines: make JAVA_HOME point at a JDK 25 or newer.
# Machines often have an older default java (17 on ours), so when JAVA_HOME is unset or older
# than 25 we look in the usual install folders. POSIX sh; changes only JAVA_HOME.
fivenines_java_major() { # the feature version of the JDK at $1, or 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | grep . || echo 0
}
if [ "$(fivenines_java_major "${JAVA_HOME:-/nonexistent}")" -lt 25 ]; then
  fivenines_globbing_was_off=false
  case $- in *f*) fivenines_globbing_was_off=true; set +f ;; esac
  for fivenines_jdk in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    if [ -x "$fivenines_jdk/bin/java" ] && [ "$(fivenines_java_major "$fivenines_jdk")" -ge 25 ]; then
      JAVA_HOME="$fivenines_jdk"
      export JAVA_HOME
      break
    fi
  done
  if [ "$fivenines_globbing_was_off" = true ]; then set -f; fi
fi
