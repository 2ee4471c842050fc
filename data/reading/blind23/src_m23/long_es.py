# -*- coding: utf-8 -*-
"""Long pasted material for the Spanish records."""

AEPD_NOTAS = """NOTAS DE LA REDACTORA (resumen propio de la resolución, no es el texto oficial)

Antecedentes
- En 2020 una cadena valenciana de supermercados anunció que había instalado un sistema de reconocimiento facial en
  48 tiendas (Mallorca, Valencia y Zaragoza). Según la empresa, el objetivo era detectar la entrada de personas con
  sentencia firme y orden de alejamiento respecto de sus establecimientos o de sus empleados.
- El sistema captaba la imagen de todas las personas que entraban, incluidos menores y trabajadores, la convertía en
  un patrón biométrico y lo comparaba con los patrones de las personas condenadas. Si no había coincidencia, la
  empresa decía que el patrón se borraba en 0,3 segundos.
- Asociaciones de consumidores y de protección de datos presentaron denuncias; la AEPD abrió actuaciones de oficio.

Argumentos de la empresa
- Existiría un interés público esencial en hacer cumplir resoluciones judiciales (art. 9.2.g RGPD).
- Los juzgados habrían autorizado el uso de las imágenes de los condenados en algunos casos.
- Se hizo una evaluación de impacto.

Lo que dice la AEPD
- Los datos biométricos que identifican de forma unívoca son categoría especial (art. 9 RGPD); su tratamiento está
  prohibido salvo excepción. El interés público esencial exige una norma con rango de ley que lo prevea, con garantías
  adecuadas, y no existe tal norma para que una empresa privada haga cumplir penas de alejamiento.
- Que un juzgado autorice algo en un procedimiento concreto no convierte a la empresa en habilitada para tratar los
  datos biométricos de todos los clientes que entran.
- Se trata a toda la clientela, incluidos menores, para localizar a unas pocas personas: desproporcionado.
- La evaluación de impacto era insuficiente; no analizaba bien necesidad y proporcionalidad.
- Infracciones de los artículos 5, 6, 9, 12, 13, 25 y 35 del RGPD.

Resultado
- Sanción total de 2.520.000 euros (la empresa reconoció responsabilidad y pagó con reducciones).
- Orden de cesar el tratamiento; la empresa ya lo había suspendido tras las medidas cautelares de un juzgado de
  Barcelona que había denegado previamente una petición similar.

Contexto que quiero incluir
- Después entró en vigor el Reglamento de IA de la UE, que no prohíbe en general el reconocimiento facial privado
  pero lo califica como alto riesgo en varios usos."""

HIALEAH_CODE = """# cotejo_fichas.py — Unidad de Investigaciones, Hialeah PD
import os, csv, pickle
import face_recognition as fr
import numpy as np

BOOKING_DIR = r"\\\\hpd-fs01\\\\records\\\\booking_photos"
CACHE = "encodings_fichas.pkl"

def cargar_fichas():
    if os.path.exists(CACHE):
        return pickle.load(open(CACHE, "rb"))
    nombres, vecs = [], []
    for f in os.listdir(BOOKING_DIR):
        if not f.lower().endswith(".jpg"):
            continue
        img = fr.load_image_file(os.path.join(BOOKING_DIR, f))
        enc = fr.face_encodings(img)
        if enc:
            nombres.append(f[:-4])          # BKG-2021-00412_APELLIDO_NOMBRE
            vecs.append(enc[0])
    pickle.dump((nombres, vecs), open(CACHE, "wb"))
    return nombres, vecs

def cotejar(ruta_sospechoso, tolerancia=0.65):
    nombres, vecs = cargar_fichas()
    probe = fr.face_encodings(fr.load_image_file(ruta_sospechoso))[0]
    hits = fr.compare_faces(vecs, probe, tolerance=tolerancia)
    dist = fr.face_distance(vecs, probe)
    res = [(nombres[i], round(float(dist[i]), 3)) for i, h in enumerate(hits) if h]
    return sorted(res, key=lambda x: x[1])

if __name__ == "__main__":
    for n, d in cotejar("sospechoso.jpg")[:20]:
        print(n, d)

# salida de hoy con un still del Westland Mall:
# BKG-2019-03321_PEREZ_J 0.512
# BKG-2022-01877_GARCIA_L 0.549
# BKG-2020-00912_RODRIGUEZ_M 0.561
# ... (143 resultados más por debajo de 0.65)"""

ABIS_BORRADOR = """BORRADOR v0.3 — INSTRUCCIÓN DE LA COMISARÍA GENERAL DE POLICÍA CIENTÍFICA SOBRE EL USO DEL SISTEMA ABIS (MÓDULO FACIAL)

Primero. Objeto. Regular la utilización del módulo de comparación facial del sistema ABIS por las unidades de Policía
Científica.

Segundo. Ámbito. Solo imágenes incorporadas a diligencias policiales o judiciales: grabaciones de cámaras de
establecimientos, fotografías aportadas por víctimas o testigos, imágenes obtenidas con autorización judicial.

Tercero. Prohibiciones. No se utilizará el sistema:
a) sobre flujos de vídeo en directo ni cámaras en la vía pública en tiempo real;
b) para identificar a participantes en reuniones o manifestaciones por el mero hecho de participar;
c) sobre imágenes obtenidas de redes sociales de forma masiva o automatizada.

Cuarto. Resultado. La lista de candidatos es un indicio, nunca una identificación. Todo candidato deberá ser
examinado por un perito en identificación facial, y el informe pericial hará constar el método, la calidad de la
imagen dubitada y las limitaciones.

Quinto. Doble verificación. [PENDIENTE: ¿dos peritos independientes o perito + supervisor?]

Sexto. Registro. Cada consulta quedará registrada: usuario, fecha, número de diligencias, imagen, candidatos
devueltos y decisión del perito. Conservación del registro: [PENDIENTE].

Séptimo. Base de referencia. Reseñas fotográficas de detenidos conforme a la normativa de ficheros policiales.
Cancelación conforme a los plazos de la LO 7/2021.

Octavo. Formación. [PENDIENTE]

Noveno. Auditoría. [PENDIENTE]

COMENTARIOS DEL GRUPO DE TRABAJO:
- El Delegado de Protección de Datos pide citar expresamente los artículos de la LO 7/2021 sobre datos biométricos
  y evaluación de impacto.
- Asesoría Jurídica sugiere mencionar el Reglamento europeo de IA (art. 5 sobre identificación biométrica remota
  en tiempo real) aunque el sistema no funcione en tiempo real."""
