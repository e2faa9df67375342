// What the Patterns screen says, in Spanish (mirror of en-patterns.ts).
import type { PatternsMessages } from './en-patterns.ts';

export const esPatterns: PatternsMessages = {
  title: 'Patrones',
  intro: 'Lo que muestran tus propios registros, para aprender de ellos. Son recuentos, no juicios, y solo incluyen lo que registraste.',
  period: {
    legend: 'Qué periodo ver',
    options: { '4-weeks': 'Últimas 4 semanas', '3-months': 'Últimos 3 meses', year: 'Último año', all: 'Todo' },
  },
  covering: 'Del {from} al {to}. Impulsos anotados: {urges}. Registros del día: {checkIns}.',
  nothing: 'Aún no hay nada registrado en este periodo. Los patrones aparecen a medida que haces tus registros y dejas pasar impulsos.',
  showTable: 'Ver como tabla: {what}',
  notRecorded: 'sin registrar',
  tooFew: 'Aún son pocos para saberlo',
  triggers: {
    title: 'Qué vino antes de los impulsos',
    notEnough:
      'Aún no hay suficiente para ver un patrón. Cuando dejas pasar un impulso, puedes anotar en pocas palabras qué lo desencadenó; cuando haya tres, aparecerán aquí.',
    topTrigger: '“{trigger}” apareció más a menudo: antes de {count} de los {total} impulsos o tropiezos para los que anotaste un detonante.',
    triggersSpread: 'Ningún detonante destacó entre los {total} impulsos o tropiezos para los que anotaste uno.',
    chart: 'Gráfico de barras de cuántas veces vino cada detonante antes de un impulso o un tropiezo',
    caption: 'Qué vino antes de los impulsos y los tropiezos',
    trigger: 'Qué lo desencadenó',
    urges: 'Antes de un impulso',
    slips: 'Antes de un tropiezo',
  },
  feelings: {
    title: 'Sentimientos nombrados antes de los impulsos',
    notEnough: 'Aún no hay suficiente. Cuando llega un impulso y nombras lo que sientes en Dejar pasar la ola, aparece aquí a partir de la tercera vez.',
    topFeeling: '“{feeling}” fue lo que más nombraste: con {count} de los {total} impulsos en los que nombraste un sentimiento.',
    feelingStrength: 'En su punto más fuerte, esos impulsos llegaron en promedio a {strength} de 10 ({rated} valorados).',
    feelingsSpread: 'Ningún sentimiento destacó entre los {total} impulsos en los que nombraste uno.',
    chart: 'Gráfico de barras de cuántas veces se nombró cada sentimiento con un impulso',
    caption: 'Sentimientos nombrados, y la fuerza de esos impulsos',
    feeling: 'Sentimiento',
    urges: 'Impulsos',
    strength: 'Impulso más fuerte, promedio (0–10)',
  },
  times: {
    title: 'Cuándo llegaron los impulsos',
    notEnough:
      'Aún no hay suficiente. Cada impulso que dejas pasar en Dejar pasar la ola se cuenta por la hora en que empezó; cuando haya tres, las horas aparecerán aquí.',
    topPart: 'Llegaron más impulsos {part} que en otros momentos del día: {count} de {total}.',
    partsSpread: 'Tus impulsos se repartieron a lo largo del día.',
    topWeekday: 'El día de la semana con más impulsos fue el {weekday}: {count} de {total}.',
    weekdaysSpread: 'Ningún día de la semana destacó.',
    hours:
      'La madrugada va de medianoche a las 6, la mañana de las 6 a mediodía, la tarde de mediodía a las 6 de la tarde y la noche de las 6 de la tarde a medianoche, según el reloj de este dispositivo.',
    // Midnight to 6 am is "la madrugada" in Spanish, which leaves "la noche" for 6 pm to midnight.
    parts: { night: 'de madrugada', morning: 'por la mañana', afternoon: 'por la tarde', evening: 'por la noche' },
    partNames: { night: 'Madrugada', morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche' },
    partChart: 'Gráfico de barras de los impulsos según el momento del día',
    partCaption: 'Impulsos según el momento del día',
    part: 'Momento del día',
    dayChart: 'Gráfico de barras de los impulsos según el día de la semana',
    dayCaption: 'Impulsos según el día de la semana',
    day: 'Día',
    urges: 'Impulsos',
  },
  selfCare: {
    title: 'Autocuidado e impulsos al día siguiente',
    notEnough:
      'Aún no hay suficiente. Las respuestas de autocuidado de tus registros aparecen aquí cuando haya tres días de cada tipo, cada uno seguido de un día que registraste.',
    sentence:
      'Al día siguiente de {done}, hubo impulsos en {doneWithUrge} de {doneDays} días registrados; al día siguiente de {notDone}, en {notDoneWithUrge} de {notDoneDays}.',
    together: 'Esto muestra qué fue de la mano en tus registros, no qué causó qué.',
    items: {
      sleep: { label: 'Dormí 7 horas o más', short: 'Dormí 7+ h', done: 'dormir 7 horas o más', notDone: 'dormir menos' },
      ate: { label: 'Comí con regularidad', short: 'Comidas regulares', done: 'comer con regularidad', notDone: 'no hacerlo' },
      moved: { label: 'Moví el cuerpo', short: 'Me moví', done: 'mover el cuerpo', notDone: 'no hacerlo' },
      connected: { label: 'Conecté con alguien', short: 'Contacto', done: 'conectar con alguien', notDone: 'no hacerlo' },
    },
    chart: 'Gráfico de barras de la proporción de días siguientes con impulsos, después de sí y después de no, para cada tipo de autocuidado',
    legend: 'Barras rellenas: después de sí. Barras con contorno: después de no.',
    caption: 'Días registrados con impulsos, al día siguiente de cada respuesta',
    item: 'Autocuidado',
    afterYes: 'Después de sí',
    afterNo: 'Después de no',
    ofDays: '{withUrge} de {days} días',
  },
  skills: {
    title: 'Las habilidades y tu impulso',
    notEnough:
      'Aún son pocos para saberlo. Cuando valoras el impulso antes y después de una habilidad en Dejar pasar la ola, una habilidad probada 3 veces o más muestra aquí su cambio.',
    skillMostUsed:
      'La habilidad que más usaste fue {skill}: {times} veces con el impulso valorado antes y después. En promedio pasó de {before} a {after} de 10.',
    note: 'Ordenadas por cuántas veces las usaste, no por lo bien que funcionaron. Pocos intentos pueden confundir, y lo que ayuda puede cambiar.',
    chart: 'Gráfico de barras del impulso antes y después de cada habilidad probada 3 veces o más, en promedio',
    legend: 'Barras rellenas: antes. Barras con contorno: después.',
    caption: 'Cada habilidad: cuántas veces, y el impulso antes y después en promedio (0–10)',
    skill: 'Habilidad',
    times: 'Veces',
    before: 'Impulso antes',
    after: 'Impulso después',
  },
  trend: {
    title: 'Los impulsos a lo largo del tiempo',
    notEnough: 'Aún no hay suficiente. Haz tu registro o deja pasar un impulso unas cuantas veces, y aquí verás cómo cambian las cosas.',
    trendFewer: 'Se anotaron menos impulsos en la segunda mitad de este periodo ({recent}) que en la primera ({earlier}).',
    trendMore:
      'Se anotaron más impulsos en la segunda mitad de este periodo ({recent}) que en la primera ({earlier}). Los impulsos suben y bajan, y las épocas difíciles pasan; tu plan y Dejar pasar la ola están ahí cuando los necesites.',
    trendSame: 'Se anotó el mismo número de impulsos en cada mitad de este periodo ({recent}).',
    checkInUrge: 'Tus registros sitúan el impulso en {average} de 5 en promedio ({count} registros).',
    urgesChart: { week: 'Gráfico de barras de los impulsos anotados cada semana', month: 'Gráfico de barras de los impulsos anotados cada mes' },
    checkInChart: {
      week: 'Gráfico de barras del impulso medio en los registros de cada semana, de 0 a 5',
      month: 'Gráfico de barras del impulso medio en los registros de cada mes, de 0 a 5',
    },
    caption: {
      week: 'Impulsos y registros por semana, con el impulso medio en los registros',
      month: 'Impulsos y registros por mes, con el impulso medio en los registros',
    },
    from: { week: 'Semana del', month: 'Mes' },
    urges: 'Impulsos anotados',
    checkIns: 'Registros del día',
    checkInUrgeColumn: 'Impulso en el registro (0–5)',
  },
};
