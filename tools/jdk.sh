# Finds a JDK >= 21 for Taipan; sourced by ./taipan, ./test and bench/run.
# taipan_find_jdk sets TAIPAN_JAVA_HOME and TAIPAN_JDK_MAJOR, or prints why not and returns 1.
# Order: $JAVA_HOME, then `java` on PATH, then the newest JDK under the usual folders.

TAIPAN_MIN_JDK=21

# The feature version (17, 21, 25) of the JDK at $1, or nothing; reads its `release` file,
# which costs no JVM start, and falls back to `java -version`.
taipan_jdk_major() {
    local home=$1 version=
    [[ -x $home/bin/java && -x $home/bin/javac ]] || return 1
    if [[ -r $home/release ]]; then
        local line
        while IFS= read -r line; do
            if [[ $line == JAVA_VERSION=* ]]; then
                version=${line#JAVA_VERSION=}
                version=${version//\"/}
                break
            fi
        done <"$home/release"
    fi
    if [[ -z $version ]]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([^"]*\)".*$/\1/p')
    fi
    version=${version#1.}            # 1.8.0_x -> 8.0_x
    version=${version%%[^0-9]*}      # 25.0.3 -> 25, 21-ea -> 21
    [[ -n $version ]] || return 1
    echo "$version"
}

taipan_find_jdk() {
    local candidates=() home major best= best_major=0 java_bin
    if [[ -n ${JAVA_HOME:-} ]]; then
        major=$(taipan_jdk_major "$JAVA_HOME") && ((major >= TAIPAN_MIN_JDK)) &&
            { TAIPAN_JAVA_HOME=$JAVA_HOME; TAIPAN_JDK_MAJOR=$major; return 0; }
    fi
    if java_bin=$(command -v java 2>/dev/null); then
        java_bin=$(readlink -f "$java_bin")
        home=${java_bin%/bin/java}
        major=$(taipan_jdk_major "$home") && ((major >= TAIPAN_MIN_JDK)) &&
            { TAIPAN_JAVA_HOME=$home; TAIPAN_JDK_MAJOR=$major; return 0; }
    fi
    for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/java; do
        [[ -d $home && ! -L $home ]] || continue
        major=$(taipan_jdk_major "$home") || continue
        if ((major >= TAIPAN_MIN_JDK && major > best_major)); then
            best=$home best_major=$major
        fi
    done
    if [[ -n $best ]]; then
        TAIPAN_JAVA_HOME=$best TAIPAN_JDK_MAJOR=$best_major
        return 0
    fi
    echo "taipan: no JDK $TAIPAN_MIN_JDK or newer found (looked at JAVA_HOME, java on PATH," \
         "/usr/lib/jvm, /usr/local/lib/jvm, /opt/java); install one or set JAVA_HOME" >&2
    return 1
}

# MAVEN_OPTS for a Maven run on that JDK: JDK 24+ warns about Maven's own use of
# sun.misc.Unsafe unless told to allow it.
taipan_maven_opts() {
    local opts=${MAVEN_OPTS:-}
    if ((TAIPAN_JDK_MAJOR >= 24)) && [[ $opts != *sun-misc-unsafe-memory-access* ]]; then
        opts="$opts --sun-misc-unsafe-memory-access=allow"
    fi
    echo "${opts# }"
}
